package org.unioncabinet.registry;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the registry stores and compares names. Files and members write the same name in many ways
 * («Воробьёва» / «ВОРОБЬЕВА», «Петрова - Водкина», a stray double space), and none of them may decide
 * whether a member is recognised.
 */
final class Names {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SPACED_HYPHEN = Pattern.compile(" ?- ?");

    private Names() {
    }

    /** Trimmed, with every run of spaces (non-breaking ones too) made one space; blank becomes null. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String cleaned = SPACES.matcher(raw).replaceAll(" ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** The form two spellings of one name share: lower case, ё as е, one kind of hyphen with no spaces around it. */
    static String comparable(String raw) {
        String cleaned = clean(raw);
        if (cleaned == null) {
            return "";
        }
        String lower = cleaned.toLowerCase(RUSSIAN).replace('ё', 'е');
        return SPACED_HYPHEN.matcher(DASHES.matcher(lower).replaceAll("-")).replaceAll("-");
    }

    static boolean same(String a, String b) {
        return comparable(a).equals(comparable(b));
    }
}
