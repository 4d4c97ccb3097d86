package org.unioncabinet.account;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;

/**
 * An e-mail address as the cabinet compares it: trimmed and lower-cased, so that {@code " Ivanova@Mail.RU"} and
 * {@code "ivanova@mail.ru"} are one account. An internationalised domain ({@code teacher@школа.рф}) is welcome and
 * kept as the member reads it, in Unicode: {@code teacher@xn--80atdl2c.xn--p1ai} is the same account, and
 * mail goes out to the ASCII form ({@link #forSending}). The mailbox name before the {@code @} must be ASCII: mail
 * servers that take a Cyrillic one are rare, and a member who typed one would never get the confirmation link.
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

    static final String EXAMPLE = "Введите адрес электронной почты, например ivanova@mail.ru.";
    static final String NON_ASCII_MAILBOX = "Имя почтового ящика (до «@») может содержать только латинские буквы, "
            + "цифры и знаки, например ivanova@школа.рф.";
    static final String INVISIBLE = "Адрес содержит невидимые или управляющие символы. Наберите его заново.";
    static final String UNUSUAL_LETTERS = "Адрес содержит символы необычного начертания (например, широкие буквы). "
            + "Наберите его обычными буквами.";

    public EmailAddress {
        value = normalize(value);
    }

    /** Trimmed and lower-cased; a domain in its Unicode form, whichever form was typed. Never throws. */
    public static String normalize(String raw) {
        String address = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at < 0) {
            return address;
        }
        try {
            return address.substring(0, at + 1) + IDN.toUnicode(IDN.toASCII(address.substring(at + 1),
                    IDN.USE_STD3_ASCII_RULES), IDN.USE_STD3_ASCII_RULES);
        } catch (IllegalArgumentException notADomain) {
            return address;
        }
    }

    public static boolean isWellFormed(String raw) {
        return violation(raw).isEmpty();
    }

    /**
     * Checked on what the member typed, before {@link #normalize}: IDNA would quietly turn fullwidth letters into
     * ordinary ones, and a look-alike must be refused, not made into someone else's address.
     *
     * @return the Russian message for the e-mail field, or empty when the address is acceptable
     */
    public static Optional<String> violation(String raw) {
        String address = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (address.isEmpty()) {
            return Optional.of("Введите адрес электронной почты.");
        }
        if (address.length() > MAX_LENGTH) {
            return Optional.of("Адрес электронной почты слишком длинный.");
        }
        // bidirectional overrides (U+202E shows «moc.liam@» as «@mail.com»), zero-width characters, controls
        if (address.codePoints().anyMatch(EmailAddress::isInvisible)) {
            return Optional.of(INVISIBLE);
        }
        if (!Normalizer.isNormalized(address, Normalizer.Form.NFKC)) {
            return Optional.of(UNUSUAL_LETTERS);
        }
        if (!address.matches(PATTERN) || asciiDomain(address).isEmpty()) {
            return Optional.of(EXAMPLE);
        }
        if (!address.substring(0, address.lastIndexOf('@')).chars().allMatch(c -> c < 0x80)) {
            return Optional.of(NON_ASCII_MAILBOX);
        }
        return Optional.empty();
    }

    /** The address as SMTP takes it: the domain in ASCII ({@code xn--…}); unchanged if it has none to convert. */
    public static String forSending(String address) {
        int at = address.lastIndexOf('@');
        return at < 0 ? address : asciiDomain(address).map(domain -> address.substring(0, at + 1) + domain)
                .orElse(address);
    }

    private static Optional<String> asciiDomain(String address) {
        try {
            return Optional.of(IDN.toASCII(address.substring(address.lastIndexOf('@') + 1), IDN.USE_STD3_ASCII_RULES));
        } catch (IllegalArgumentException notADomain) {
            return Optional.empty();
        }
    }

    private static boolean isInvisible(int codePoint) {
        int type = Character.getType(codePoint);
        // an ordinary space is no secret: the shape check below refuses it with the usual message
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.UNASSIGNED
                || type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || (type == Character.SPACE_SEPARATOR && codePoint != ' ');
    }

    @Override
    public String toString() {
        return value;
    }
}
