package org.unioncabinet.account;

import java.util.Locale;

/**
 * An e-mail address as the cabinet compares it: trimmed and lower-cased, so that
 * {@code " Ivanova@Mail.RU"} and {@code "ivanova@mail.ru"} are one account.
 */
public record EmailAddress(String value) {

    /** Deliberately loose (one @, a dot in the domain, no spaces): the confirmation link proves the rest. */
    public static final String PATTERN = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$";
    public static final int MAX_LENGTH = 254;

    public EmailAddress {
        value = normalize(value);
    }

    public static String normalize(String raw) {
        return raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isWellFormed(String raw) {
        String normalized = normalize(raw);
        return normalized.length() <= MAX_LENGTH && normalized.matches(PATTERN);
    }

    @Override
    public String toString() {
        return value;
    }
}
