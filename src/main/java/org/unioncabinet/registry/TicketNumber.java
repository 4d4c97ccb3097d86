package org.unioncabinet.registry;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The 16-digit number of an electronic union ticket, as the registry stores and compares it: digits only,
 * so that {@code "4539 1488 0343 6467"} and {@code "4539-1488-0343-6467"} are one ticket.
 * <p>
 * Numbers already issued (and imported) are opaque: they need not carry a check digit. Numbers this
 * system issues end in a Luhn check digit, so a mistyped digit is caught before any lookup.
 */
public record TicketNumber(String value) {

    public static final int LENGTH = 16;

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\u00A0\\u2007\\u202F\\-\\u2010-\\u2015]");
    private static final Pattern SIXTEEN_DIGITS = Pattern.compile("[0-9]{16}");

    /** @throws IllegalArgumentException unless the value is 16 digits once separators are removed */
    public TicketNumber {
        value = normalize(value);
        if (!SIXTEEN_DIGITS.matcher(value).matches()) {
            throw new IllegalArgumentException("A ticket number has 16 digits");
        }
    }

    public static Optional<TicketNumber> parse(String raw) {
        return isWellFormed(raw) ? Optional.of(new TicketNumber(raw)) : Optional.empty();
    }

    /** Removes spaces (also non-breaking ones) and dashes, which members type to group the digits. */
    public static String normalize(String raw) {
        return raw == null ? "" : SEPARATORS.matcher(raw).replaceAll("");
    }

    public static boolean isWellFormed(String raw) {
        return SIXTEEN_DIGITS.matcher(normalize(raw)).matches();
    }

    /** Whether a 16-digit number ends in its Luhn check digit (true for numbers this system issued). */
    public static boolean hasValidCheckDigit(String number) {
        String digits = normalize(number);
        if (!SIXTEEN_DIGITS.matcher(digits).matches()) {
            return false;
        }
        return luhnCheckDigit(digits.substring(0, LENGTH - 1)) == digits.charAt(LENGTH - 1) - '0';
    }

    /** Appends the Luhn check digit to the first 15 digits of a new number. */
    public static String withCheckDigit(String fifteenDigits) {
        String digits = normalize(fifteenDigits);
        if (!digits.matches("[0-9]{15}")) {
            throw new IllegalArgumentException("The body of a ticket number has 15 digits");
        }
        return digits + luhnCheckDigit(digits);
    }

    /** Groups of four, as printed on the ticket: {@code 4539 1488 0343 6467}. */
    public String formatted() {
        return value.substring(0, 4) + ' ' + value.substring(4, 8) + ' ' + value.substring(8, 12) + ' '
                + value.substring(12);
    }

    @Override
    public String toString() {
        return value;
    }

    /** The digit that makes the Luhn sum of body + digit a multiple of 10 (every second digit from the right doubled). */
    private static int luhnCheckDigit(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            // the check digit will take the rightmost place, so the body's rightmost digit is doubled
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
