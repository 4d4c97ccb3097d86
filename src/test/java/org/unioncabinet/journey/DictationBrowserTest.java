package org.unioncabinet.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.dictation.Certificates;
import org.unioncabinet.dictation.VerificationCode;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.RegistryFixtures;

/**
 * On a phone: a member opens the demo edition of «Профсоюзный диктант» from the cabinet, consents and starts, answers
 * half of the questions, reloads the page and finds her answers kept, answers the rest and finishes; the results timer
 * runs, the page shows the score and the award, the certificate downloads, and the verify page confirms it. The
 * questions, the result and the verify page pass axe-core on a phone and a desktop.
 */
@CabinetTest
class DictationBrowserTest {

    @RegisterExtension
    static final BrowserExtension PHONE = BrowserExtension.phone();

    private final Browser browser = PHONE.browser();

    @Autowired
    Journeys journeys;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    Jobs jobs;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Certificates certificates;

    @Test
    void aMemberTakesTheDemoEditionOnHerPhoneAndTheVerifyPageConfirmsHerCertificate() throws Exception {
        Journeys.Journey member = journeys.atMember(registry.add("Диктантова", "Мария", "Игоревна",
                LocalDate.of(1990, 9, 1)));
        browser.open("/login");
        browser.typeInto("Email", member.email());
        browser.typeInto("Пароль", Members.PASSWORD);
        browser.click(browser.button("Войти"));
        browser.form();
        browser.click(browser.button("Перейти в личный кабинет"));
        browser.waitForHeading("Диктантова Мария Игоревна");

        browser.clickCentred(browser.driver().findElement(By.cssSelector("a[href='/cabinet/dictation/demo']")));
        browser.waitForHeading("Демонстрационный выпуск «Профсоюзного диктанта»");
        browser.tick("Я даю согласие на обработку моих персональных данных как участника");
        browser.clickCentred(browser.button("Начать"));
        browser.waitForText("Осталось времени");
        browser.assertAccessibleOnPhoneAndDesktop("the questions of an attempt");
        UUID attempt = jdbc.sql("SELECT id FROM app.dictation_attempt WHERE account_id = :account")
                .param("account", member.account().getId()).query(UUID.class).single();
        Map<Long, Set<Long>> right = rightOptions(attempt);
        List<Long> questions = List.copyOf(right.keySet());
        Map<Long, Set<Long>> before = new LinkedHashMap<>();
        for (Long question : questions.subList(0, questions.size() / 2)) {
            choose(right.get(question));
            before.put(question, right.get(question));
        }
        waitUntilSaved(attempt, before);

        browser.reload();
        browser.waitForText("Осталось времени");

        for (Long question : questions) {
            for (Long option : right.get(question)) {
                assertThat(option(option).isSelected()).as("option %s of question %s after the reload", option, question)
                        .isEqualTo(before.containsKey(question));
            }
        }
        for (Long question : questions.subList(questions.size() / 2, questions.size())) {
            choose(right.get(question));
        }
        browser.clickCentred(browser.button("Завершить"));
        browser.waitForText("Участие завершено: Ваши ответы приняты.");
        jobs.runDue(attempt.toString());
        browser.reload();
        browser.waitForText("12 из 12 баллов");

        assertThat(browser.bodyText()).contains("Диплом I степени");
        browser.screenshotWholePage("dictation-result-page.png");
        browser.assertAccessibleOnPhoneAndDesktop("the attempt's page with its result");
        WebElement download = browser.link("Скачать сертификат");
        Browser.assertOpensInANewTab(download);
        browser.assertIsAPdf(Browser.pathOf(download), "the certificate");
        VerificationCode code = certificates.codeOf(attempt).orElseThrow();
        assertThat(browser.bodyText()).contains(code.grouped());

        // what the QR code opens; then the same code typed the way it is read aloud
        browser.open("/verify/" + code.grouped());
        browser.waitForHeading("Сертификат подлинный");
        assertThat(browser.bodyText()).contains("Д. М. И.", "Диплом I степени").doesNotContain("Диктантова", "Мария");
        browser.screenshotWholePage("dictation-verify-page.png");
        browser.assertAccessibleOnPhoneAndDesktop("the verify page");
        browser.open("/verify");
        browser.typeInto("Код проверки", code.value().toLowerCase());
        browser.clickCentred(browser.button("Проверить"));
        browser.waitForHeading("Сертификат подлинный");
        browser.assertFitsThePhone();
    }

    /** The correct options of each question of the attempt's edition, in the questions' order. */
    private Map<Long, Set<Long>> rightOptions(UUID attempt) {
        Map<Long, Set<Long>> right = new LinkedHashMap<>();
        jdbc.sql("""
                SELECT q.id AS question, o.id AS option FROM app.dictation_question q
                JOIN app.dictation_option o ON o.question_id = q.id AND o.correct
                JOIN app.dictation_attempt a ON a.edition_id = q.edition_id
                WHERE a.id = :attempt ORDER BY q.position, o.position
                """).param("attempt", attempt).query((rs, n) -> right
                        .computeIfAbsent(rs.getLong("question"), question -> new TreeSet<>()).add(rs.getLong("option")))
                .list();
        return right;
    }

    private WebElement option(long id) {
        return browser.driver().findElement(By.cssSelector("input[value='" + id + "']"));
    }

    /** Taps each option's label, as a member does. */
    private void choose(Set<Long> options) {
        for (Long id : options) {
            browser.clickCentred(option(id).findElement(By.xpath("./ancestor::label[1]")));
        }
    }

    /** The page's script saves each choice on its own time: wait until the record holds them all. */
    private void waitUntilSaved(UUID attempt, Map<Long, Set<Long>> expected) {
        browser.waitFor(driver -> {
            Map<Long, Set<Long>> saved = new LinkedHashMap<>();
            jdbc.sql("SELECT question_id, option_ids FROM app.dictation_answer WHERE attempt_id = :attempt")
                    .param("attempt", attempt).query((rs, n) -> saved.put(rs.getLong("question_id"),
                            new TreeSet<>(List.of((Long[]) rs.getArray("option_ids").getArray()))))
                    .list();
            return saved.equals(expected) ? Boolean.TRUE : null;
        }, "the answers chosen before the reload, saved");
    }
}
