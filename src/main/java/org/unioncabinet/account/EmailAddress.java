package org.unioncabinet.account;

import java.util.Locale;

/**
 * An e-mail address as the cabinet compares it: trimmed and lower-cased, so that
 * {@code " Ivanova@Mail.RU"} and {@code "ivanova@mail.ru"} are one account.
 */
public record EmailAddress(String value) {

    /**
     * Deliberately loose (one @, a dot in the domain): the confirmation link proves the rest. But no spaces,
     * control characters (a NUL breaks PostgreSQL, a line break a mail header), and none of the characters
     * that make one "address" several or an IP literal ({@code <>()[],;:\"}).
     */
    public static final String PATTERN = "^[^@\\s\\p{Cntrl}<>()\\[\\],;:\\\\\"]+@[^@\\s\\p{Cntrl}<>()\\[\\],;:\\\\\"]+"
            + "\\.[^@\\s\\p{Cntrl}<>()\\[\\],;:\\\\\"]+$";
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
