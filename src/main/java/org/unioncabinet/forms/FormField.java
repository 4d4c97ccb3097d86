package org.unioncabinet.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * One input of a Camunda Form, with the validation rules the form itself declares. The server
 * applies exactly these rules (plus business rules); the browser's form-js applies them too.
 */
public record FormField(
        String key,
        String type,
        String label,
        boolean required,
        Integer minLength,
        Integer maxLength,
        BigDecimal min,
        BigDecimal max,
        String pattern,
        String patternMessage,
        String validationType,
        String subtype,
        /* the static options of radio, select, checklist and taglist; empty when options are dynamic */
        List<String> options,
        /* true when the field can be hidden by a FEEL condition, so it may legitimately be absent */
        boolean conditional,
        /* the form's property "format" of a text field: "date" is a date typed as дд.мм.гггг */
        String format,
        /* the form's property "requiredMessage": its own words for the field left empty, or null */
        String requiredMessage) {

    /** A text field for a date typed by hand: no calendar, nothing the browser could silently correct. */
    public boolean typedDate() {
        return "textfield".equals(type) && "date".equals(format);
    }
}
