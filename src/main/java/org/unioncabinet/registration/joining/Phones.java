package org.unioncabinet.registration.joining;

/**
 * Russian phone numbers as the registry keeps them: {@code +7XXXXXXXXXX}, from 8…, 7…, +7… or ten digits; shown to
 * people as {@code +7 (912) 345-67-89}, as the form's mask shows them (src/main/frontend/src/fieldInputs.js).
 */
public final class Phones {

    private Phones() {
    }

    /** @return the normalised number, or null when it is not a Russian number of 10 digits after the code */
    public static String normalize(String typed) {
        if (typed == null) {
            return null;
        }
        String digits = typed.replaceAll("\\D", "");
        if (digits.length() == 11 && (digits.startsWith("7") || digits.startsWith("8"))) {
            digits = digits.substring(1);
        }
        // Numbers after +7 begin with 3, 4, 8 (regions), 9 (mobile) or 7 (Kazakhstan); "000 000-00-00" is no one's.
        return digits.length() == 10 && "34789".indexOf(digits.charAt(0)) >= 0 ? "+7" + digits : null;
    }

    /** @return the number as people read it, +7 (912) 345-67-89; what is not a Russian number, as it is */
    public static String display(String phone) {
        String normalized = normalize(phone);
        if (normalized == null) {
            return phone;
        }
        return "+7 (" + normalized.substring(2, 5) + ") " + normalized.substring(5, 8) + "-" + normalized.substring(8, 10)
                + "-" + normalized.substring(10);
    }
}
