package org.unioncabinet.organisation;

/**
 * ИНН of a legal entity: 10 digits, the last one a check digit over the first nine (weights
 * 2, 4, 10, 3, 5, 9, 4, 6, 8; the weighted sum mod 11, then mod 10). The first two digits are the
 * region's code, the next two the tax office's. Persons' 12-digit ИНН are not organisations and fail.
 */
public final class Inn {

    public static final int LENGTH = 10;

    private static final int[] WEIGHTS = {2, 4, 10, 3, 5, 9, 4, 6, 8};

    private Inn() {
    }

    /** True for exactly ten digits whose last is the check digit of the first nine. */
    public static boolean isValid(String inn) {
        if (inn == null || inn.length() != LENGTH || !digitsOnly(inn)) {
            return false;
        }
        return checkDigit(inn) == inn.charAt(LENGTH - 1) - '0';
    }

    /** The full ИНН for nine given digits: they followed by their check digit. */
    public static String withCheckDigit(String nineDigits) {
        if (nineDigits == null || nineDigits.length() != LENGTH - 1 || !digitsOnly(nineDigits)) {
            throw new IllegalArgumentException("nine digits expected, got " + nineDigits);
        }
        return nineDigits + checkDigit(nineDigits);
    }

    static boolean digitsOnly(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    private static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += WEIGHTS[i] * (digits.charAt(i) - '0');
        }
        return sum % 11 % 10;
    }
}
