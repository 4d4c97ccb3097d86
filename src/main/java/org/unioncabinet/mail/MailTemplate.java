package org.unioncabinet.mail;

/**
 * The mails the cabinet sends: each has {@code templates/mail/<name>.txt} (plain text) and {@code <name>.html}.
 */
public enum MailTemplate {
    CONFIRMATION_LINK("confirmation-link", "Подтвердите регистрацию в личном кабинете члена Профсоюза"),
    CONFIRMATION_REMINDER("confirmation-reminder", "Напоминание: завершите регистрацию в личном кабинете"),
    PASSWORD_RESET("password-reset", "Восстановление пароля в личном кабинете члена Профсоюза"),
    LOGIN_ALERT("login-alert", "Неудачные попытки входа с Вашей учётной записью"),
    REGISTRATION_ATTEMPT("registration-attempt", "Попытка регистрации с Вашим адресом электронной почты"),
    SIGNING_CODE("signing-code", "Код подтверждения для подписания документов"),
    ADMISSION("admission", "Вы поставлены на учёт в Общероссийском Профсоюзе образования"),
    REJECTION("rejection", "Заявление о вступлении в Профсоюз отклонено"),
    REVIEW_ARRIVED("review-arrived", "Новое заявление о вступлении в Профсоюз"),
    REVIEW_REMINDER("review-reminder", "Заявление о вступлении в Профсоюз ожидает рассмотрения"),
    REVIEW_ESCALATION("review-escalation", "Заявление о вступлении в Профсоюз не рассмотрено в срок"),
    REVIEW_DIGEST("review-digest", "Заявления о вступлении в Профсоюз за сутки"),
    REVIEWER_INVITATION("reviewer-invitation", "Задайте пароль для рассмотрения заявлений о вступлении в Профсоюз"),
    EMAIL_CHANGE_LINK("email-change-link", "Подтвердите новый адрес электронной почты личного кабинета"),
    EMAIL_CHANGED("email-changed", "Адрес Вашего личного кабинета члена Профсоюза изменён"),
    EMAIL_CHANGE_UNDONE("email-change-undone", "Изменение адреса личного кабинета члена Профсоюза отменено"),
    EMAIL_CHANGE_ATTEMPT("email-change-attempt", "Попытка указать Ваш адрес электронной почты в другом личном кабинете"),
    CORRECTION_APPROVED("correction-approved", "Изменения персональных данных внесены в АИС «Единый реестр»"),
    CORRECTION_REJECTED("correction-rejected", "Заявление об изменении персональных данных отклонено"),
    CORRECTION_REVIEW_ARRIVED("correction-review-arrived", "Новое заявление об изменении персональных данных"),
    CORRECTION_REVIEW_REMINDER("correction-review-reminder",
            "Заявление об изменении персональных данных ожидает рассмотрения"),
    CORRECTION_REVIEW_ESCALATION("correction-review-escalation",
            "Заявление об изменении персональных данных не рассмотрено в срок"),
    WITHDRAWAL_RECEIVED("withdrawal-received", "Заявление об отзыве согласия на обработку персональных данных получено"),
    WITHDRAWAL_ANSWERED("withdrawal-answered", "Ответ на Ваше заявление об отзыве согласия на обработку персональных данных"),
    WITHDRAWAL_COMPLETED("withdrawal-completed", "Уничтожение Ваших персональных данных подтверждено"),
    WITHDRAWAL_ARRIVED("withdrawal-arrived", "Отзыв согласия на обработку персональных данных: ответьте в срок"),
    WITHDRAWAL_REMINDER("withdrawal-reminder", "Отзыв согласия на обработку персональных данных: срок подходит"),
    WITHDRAWAL_ESCALATION("withdrawal-escalation", "Отзыв согласия на обработку персональных данных: срок истёк"),
    DICTATION_RESULT("dictation-result", "Результат участия в «Профсоюзном диктанте»");

    private final String templateName;
    private final String subject;

    MailTemplate(String templateName, String subject) {
        this.templateName = templateName;
        this.subject = subject;
    }

    public String templateName() {
        return templateName;
    }

    public String subject() {
        return subject;
    }
}
