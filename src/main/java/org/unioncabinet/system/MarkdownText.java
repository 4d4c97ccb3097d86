package org.unioncabinet.system;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text put into a Camunda Form's text component that another party will read in Tasklist, whose form-js renders the
 * component as markdown with the values in it. The characters markdown builds links, images, emphasis, code, tables
 * and HTML from are escaped, so the value reads as typed; others (dots, dashes, parentheses, quotes of a school's
 * name) stay as they are, because Tasklist's list shows the same value raw.
 */
public final class MarkdownText {

    private static final Pattern MARKUP = Pattern.compile("[\\\\`*_\\[\\]<>#|~{}!]");
    /** Bare addresses that GitHub-flavoured markdown would turn into links. */
    private static final Pattern AUTOLINK = Pattern.compile("(?i)(https?|ftp)(:)(?=//)|(www)(\\.)|(@)");

    private MarkdownText() {
    }

    /** The value as markdown that shows exactly this text. */
    public static String literal(String value) {
        if (value == null) {
            return null;
        }
        String escaped = MARKUP.matcher(value).replaceAll("\\\\$0");
        return AUTOLINK.matcher(escaped).replaceAll(match -> {
            StringBuilder out = new StringBuilder();
            for (int group = 1; group <= match.groupCount(); group++) {
                String part = match.group(group);
                if (part != null) {
                    out.append(part.equals(":") || part.equals(".") || part.equals("@") ? "\\" + part : part);
                }
            }
            return Matcher.quoteReplacement(out.toString());
        });
    }
}
