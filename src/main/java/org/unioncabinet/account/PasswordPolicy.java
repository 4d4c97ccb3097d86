package org.unioncabinet.account;

import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** What a member's password must be; every message is shown at the password field. */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    /** Argon2 takes any length, but a cap keeps a hostile caller from making us hash megabytes. */
    public static final int MAX_LENGTH = 128;

    /** @return the Russian message explaining why the password is refused, or empty when it is acceptable */
    public Optional<String> violation(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("Придумайте пароль.");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("Пароль должен содержать не менее " + MIN_LENGTH + " символов.");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("Пароль должен содержать не более " + MAX_LENGTH + " символов.");
        }
        // a password of tabs, line breaks or zero-width characters looks like nothing, and is typed by nobody
        if (password.codePoints().allMatch(PasswordPolicy::isBlankOrControl)) {
            return Optional.of("Пароль не может состоять только из пробелов, невидимых или управляющих символов.");
        }
        if (password.chars().allMatch(Character::isDigit)) {
            return Optional.of("Пароль не может состоять только из цифр.");
        }
        String normalizedEmail = EmailAddress.normalize(email);
        String lower = password.toLowerCase(Locale.ROOT);
        if (!normalizedEmail.isEmpty() && (lower.equals(normalizedEmail)
                || lower.equals(normalizedEmail.substring(0, Math.max(0, normalizedEmail.indexOf('@')))))) {
            return Optional.of("Пароль не должен совпадать с адресом электронной почты.");
        }
        return Optional.empty();
    }

    private static boolean isBlankOrControl(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || type == Character.CONTROL
                || type == Character.FORMAT;
    }
}
