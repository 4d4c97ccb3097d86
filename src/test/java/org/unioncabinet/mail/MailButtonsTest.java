package org.unioncabinet.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.unioncabinet.support.CabinetTest;

/** Each HTML mail's call to action: the button of the shared layout, with its own address and words. */
@CabinetTest
class MailButtonsTest {

    private static final String BASE = "https://lk.example.ru";
    private static final String LINK = BASE + "/confirm?token=abc";

    @Autowired
    ITemplateEngine templates;

    @Test
    void everyMailWithAnActionShowsItsButton() {
        Map<MailTemplate, String> buttons = Map.ofEntries(
                Map.entry(MailTemplate.CONFIRMATION_LINK, button(LINK, "Подтвердить email")),
                Map.entry(MailTemplate.CONFIRMATION_REMINDER, button(LINK, "Подтвердить email")),
                Map.entry(MailTemplate.PASSWORD_RESET, button(LINK, "Задать новый пароль")),
                Map.entry(MailTemplate.REGISTRATION_ATTEMPT, button(BASE + "/login", "Войти")),
                Map.entry(MailTemplate.EMAIL_CHANGE_LINK, button(LINK, "Подтвердить новый адрес")),
                Map.entry(MailTemplate.EMAIL_CHANGE_ATTEMPT, button(BASE + "/login", "Войти")),
                Map.entry(MailTemplate.ADMISSION, button(BASE + "/cabinet", "Перейти в личный кабинет")),
                Map.entry(MailTemplate.REJECTION, button(BASE + "/cabinet", "Перейти в личный кабинет")),
                Map.entry(MailTemplate.REVIEW_ARRIVED, button(BASE + "/camunda/app/tasklist/", "Открыть Tasklist")),
                Map.entry(MailTemplate.REVIEW_REMINDER, button(BASE + "/camunda/app/tasklist/", "Открыть Tasklist")),
                Map.entry(MailTemplate.REVIEW_ESCALATION, button(BASE + "/camunda/app/tasklist/", "Открыть Tasklist")),
                Map.entry(MailTemplate.REVIEW_DIGEST, button(BASE + "/camunda/app/tasklist/", "Открыть Tasklist")));
        buttons.forEach((template, button) -> {
            Map<String, Object> model = new HashMap<>(Map.of("link", LINK, "loginLink", BASE + "/login",
                    "baseUrl", BASE, "linkHours", 24, "linkMinutes", 60, "deadline", "01.12.2026",
                    "ticket", "7740 1588 1399 8693", "reason", "Причина", "applicant", "Соколова Мария Ивановна"));
            model.putAll(Map.of("applications", List.of(), "day", "06.12.2026", "at", "08:00"));
            Context context = new Context(Locale.forLanguageTag("ru"), model);
            String html = templates.process("mail/" + template.templateName(), context).replaceAll("\\s+", " ");
            assertThat(html).as(template.name()).contains(button);
        });
    }

    private static String button(String href, String label) {
        return "<a href=\"" + href + "\" style=\"display:inline-block;background:#0b4f9c;color:#ffffff;padding:12px 20px;"
                + "border-radius:6px;text-decoration:none;font-weight:bold;\">" + label + "</a>";
    }
}
