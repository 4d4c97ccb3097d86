package org.unioncabinet.organisation;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * One normal form for what is stored and what a member types, so that case, «ёлка»/«елка», quotes,
 * «№15»/«№ 15»/«N 15» and punctuation never decide whether a name is found: lower case, ё as е, every
 * run of characters that is not a letter or digit a single space, letters and digits apart.
 */
final class SearchText {

    /** «N 15», «No. 15», «n15»: a Latin number sign (after lower-casing) directly before digits. */
    private static final Pattern LATIN_NUMBER_SIGN = Pattern.compile("(?<![\\p{L}\\p{Nd}])no?\\.?\\s*(?=\\p{Nd})");

    private static final int OTHER = 0;
    private static final int LETTER = 1;
    private static final int DIGIT = 2;

    private SearchText() {
    }

    /**
     * One pass over the characters (the demo directory normalises 200,000 names at start-up): letters
     * and digits are kept, lower-cased, ё as е; anything else becomes one space; a space also goes
     * between a letter and a digit («15а» → «15 а», «школа15» → «школа 15»).
     */
    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        // NFC first: a decomposed «й» or «ё» (letter + combining mark) would otherwise split the word.
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
        s = s.toLowerCase(Locale.ROOT);
        if (s.indexOf('n') >= 0) {
            s = LATIN_NUMBER_SIGN.matcher(s).replaceAll(" ");
        }
        StringBuilder out = new StringBuilder(s.length());
        int previous = OTHER;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int kind = Character.isLetter(c) ? LETTER : Character.isDigit(c) ? DIGIT : OTHER;
            if (kind == OTHER) {
                previous = OTHER;
                continue;
            }
            if (!out.isEmpty() && kind != previous) {
                out.append(' ');
            }
            out.append(c == 'ё' ? 'е' : c);
            previous = kind;
        }
        return out.toString();
    }

    /**
     * The stored search text of an organisation: its short name, full name and municipality,
     * normalised, followed by the abbreviations and expansions they imply (see {@link Abbreviations}).
     */
    static String of(String shortName, String fullName, String municipality) {
        String shortText = normalise(shortName);
        String fullText = normalise(fullName);
        StringBuilder text = new StringBuilder(shortText);
        if (!fullText.equals(shortText)) {
            text.append(' ').append(fullText);
        }
        text.append(' ').append(normalise(municipality));
        String implied = Abbreviations.implied(text.toString());
        if (!implied.isEmpty()) {
            text.append(' ').append(implied);
        }
        return text.toString().strip();
    }
}
