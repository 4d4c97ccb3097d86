package org.unioncabinet.login;

/** How a member got signed in. */
public enum SignInMethod {
    /** «Войти» with e-mail and password. */
    PASSWORD("Вход по email и паролю"),
    /** Right after «Создать личный кабинет», in the browser that created it. */
    REGISTRATION("Вход при создании личного кабинета"),
    /** Following the confirmation link in the browser that registered (ADR 0005). */
    CONFIRMATION_LINK("Вход по ссылке подтверждения email");

    private final String label;

    SignInMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
