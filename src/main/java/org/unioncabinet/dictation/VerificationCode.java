package org.unioncabinet.dictation;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * A certificate's verification code: 80 random bits in Crockford's base32, 16 characters, shown as
 * {@code XXXX-XXXX-XXXX-XXXX} so that it is read aloud and typed in groups. Crockford's alphabet has no I, L, O or U,
 * so what a person types is read generously: lower case, spaces or no dashes, O for 0, I or L for 1.
 */
public record VerificationCode(String value) {

    static final int LENGTH = 16;
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final SecureRandom RANDOM = new SecureRandom();

    public VerificationCode {
        if (value == null || value.length() != LENGTH || !value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            throw new IllegalArgumentException("Not a verification code: " + value);
        }
    }

    /** A new code: 16 characters of 5 bits each, 80 bits from {@link SecureRandom}. */
    static VerificationCode random() {
        byte[] bits = new byte[LENGTH * 5 / 8];
        RANDOM.nextBytes(bits);
        StringBuilder code = new StringBuilder(LENGTH);
        int buffer = 0;
        int held = 0;
        for (byte b : bits) {
            buffer = (buffer << 8) | (b & 0xFF);
            held += 8;
            while (held >= 5) {
                code.append(ALPHABET.charAt((buffer >> (held - 5)) & 31));
                held -= 5;
            }
        }
        return new VerificationCode(code.toString());
    }

    /** The code someone typed or a QR code opened; empty when it cannot be one. */
    public static Optional<VerificationCode> parse(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder code = new StringBuilder(LENGTH);
        for (char c : typed.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
            switch (c) {
                case '-', ' ', '\u00A0', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> { }
                case 'O' -> code.append('0');
                case 'I', 'L' -> code.append('1');
                default -> {
                    if (ALPHABET.indexOf(c) < 0) {
                        return Optional.empty();
                    }
                    code.append(c);
                }
            }
        }
        return code.length() == LENGTH ? Optional.of(new VerificationCode(code.toString())) : Optional.empty();
    }

    /** {@code XXXX-XXXX-XXXX-XXXX}: as printed, mailed and put in the verify address. */
    public String grouped() {
        return String.join("-", value.substring(0, 4), value.substring(4, 8), value.substring(8, 12),
                value.substring(12));
    }

    @Override
    public String toString() {
        return grouped();
    }
}
