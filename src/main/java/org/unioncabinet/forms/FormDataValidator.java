package org.unioncabinet.forms;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.springframework.stereotype.Component;

/**
 * Checks submitted step data against the rules its Camunda Form declares, with the same Russian
 * messages the browser shows (src/main/frontend/src/russian-validator.js), and turns it into typed
 * process variables. The browser's checks are a convenience; these are the ones that count.
 */
@Component
public class FormDataValidator {

    static final String REQUIRED = "Заполните это поле.";
    static final String REQUIRED_CHECKBOX = "Необходимо отметить это поле.";
    static final String WRONG_FORMAT = "Значение введено в неверном формате.";
    static final String EMAIL = "Введите адрес электронной почты, например ivanova@mail.ru.";
    static final String PHONE = "Введите номер телефона, например +79161234567.";
    static final String NOT_AN_OPTION = "Выберите один из предложенных вариантов.";
    static final String NOT_A_NUMBER = "Введите число.";
    static final String NOT_A_DATE = "Введите дату в формате дд.мм.гггг, например 14.03.1985.";
    static final String NO_SUCH_DATE = "Такой даты нет. Проверьте число и месяц.";
    private static final Pattern TYPED_DATE = Pattern.compile("(\\d{2})\\.(\\d{2})\\.(\\d{4})");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final String CONTROL_CHARACTERS = "Поле содержит недопустимые символы.";

    /** Without a maxLength in the form, text is still bounded: nobody's name is a megabyte. */
    static final int DEFAULT_MAX_TEXT = 1000;
    static final int DEFAULT_MAX_TEXTAREA = 4000;

    private static final Pattern EMAIL_PATTERN = Pattern.compile("^[\\w.+-]+@([\\w-]+\\.)+[\\w-]{2,}$");
    private static final Pattern PHONE_PATTERN = Pattern.compile("^\\+?[0-9][0-9 ()-]{6,20}$");
    /**
     * Control and format characters (but line breaks, tabs and the emoji joiner), and halves of surrogate
     * pairs: a lone half is not text at all, and PostgreSQL and the PDF fonts would turn it into "?".
     */
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\r\\t]]|[\\p{Cf}&&[^\\u200d]]|\\p{Cs}");

    /** The outcome: errors by field key (empty when valid) and the cleaned, typed values. */
    public record Result(Map<String, String> errors, Map<String, Object> values) {
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** A key the form does not have: a hostile or outdated client, refused as a whole. */
    public static class UnknownFieldsException extends RuntimeException {
        public UnknownFieldsException(Set<String> keys) {
            super("Unknown form fields: " + keys.size());
        }
    }

    public Result validate(FormSchema schema, Map<String, Object> submitted) {
        Set<String> unknown = new HashSet<>(submitted.keySet());
        unknown.removeAll(schema.keys());
        if (!unknown.isEmpty()) {
            throw new UnknownFieldsException(unknown);
        }
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, Object> values = new LinkedHashMap<>();
        for (FormField field : schema.fields()) {
            Object raw = submitted.get(field.key());
            try {
                Object value = convert(field, raw);
                check(field, value, submitted.containsKey(field.key()));
                values.put(field.key(), value);
            } catch (Invalid invalid) {
                errors.put(field.key(), invalid.getMessage());
            }
        }
        return new Result(errors, values);
    }

    private static Object convert(FormField field, Object raw) {
        return switch (field.type()) {
            case "textfield" -> field.typedDate() ? typedDate(text(field, raw)) : text(field, raw);
            case "textarea" -> text(field, raw);
            case "number" -> number(raw);
            case "checkbox" -> raw == null ? Boolean.FALSE : bool(raw);
            case "radio", "select" -> option(field, raw);
            case "checklist", "taglist" -> options(field, raw);
            case "datetime" -> date(field, raw);
            default -> raw;
        };
    }

    private static void check(FormField field, Object value, boolean present) {
        boolean empty = value == null || (value instanceof List<?> list && list.isEmpty());
        if (field.required()) {
            if ("checkbox".equals(field.type()) && !Boolean.TRUE.equals(value)) {
                throw new Invalid(REQUIRED_CHECKBOX);
            }
            // A conditional field that form-js hid is not submitted at all; then it is not required.
            if (empty && (present || !field.conditional())) {
                throw new Invalid(field.requiredMessage() != null && !field.requiredMessage().isBlank()
                        ? field.requiredMessage() : REQUIRED);
            }
        }
        if (empty) {
            return;
        }
        if (value instanceof String text) {
            if (field.minLength() != null && text.length() < field.minLength()) {
                throw new Invalid("Введите не менее " + field.minLength() + " символов.");
            }
            if (field.maxLength() != null && text.length() > field.maxLength()) {
                throw new Invalid("Введите не более " + field.maxLength() + " символов.");
            }
            if (field.pattern() != null && !matches(field.pattern(), text)) {
                throw new Invalid(field.patternMessage() != null ? field.patternMessage() : WRONG_FORMAT);
            }
            if ("email".equals(field.validationType()) && !EMAIL_PATTERN.matcher(text).matches()) {
                throw new Invalid(EMAIL);
            }
            if ("phone".equals(field.validationType()) && !PHONE_PATTERN.matcher(text).matches()) {
                throw new Invalid(PHONE);
            }
        }
        if (value instanceof BigDecimal number) {
            if (field.min() != null && number.compareTo(field.min()) < 0) {
                throw new Invalid("Значение должно быть не меньше " + field.min().toPlainString() + ".");
            }
            if (field.max() != null && number.compareTo(field.max()) > 0) {
                throw new Invalid("Значение должно быть не больше " + field.max().toPlainString() + ".");
            }
        }
    }

    private static String text(FormField field, Object raw) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof String text)) {
            throw new Invalid(WRONG_FORMAT);
        }
        int cap = "textarea".equals(field.type()) ? DEFAULT_MAX_TEXTAREA : DEFAULT_MAX_TEXT;
        if (text.length() > cap && (field.maxLength() == null || field.maxLength() > cap)) {
            throw new Invalid("Введите не более " + cap + " символов.");
        }
        if (hasControlCharacters(text)) {
            throw new Invalid(CONTROL_CHARACTERS);
        }
        String stripped = text.strip();
        return stripped.isEmpty() ? null : stripped;
    }

    private static BigDecimal number(Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        try {
            return new BigDecimal(raw.toString().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new Invalid(NOT_A_NUMBER);
        }
    }

    private static Boolean bool(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        throw new Invalid(WRONG_FORMAT);
    }

    private static String option(FormField field, Object raw) {
        if (raw == null || (raw instanceof String s && s.isEmpty())) {
            return null;
        }
        if (!(raw instanceof String value) || (!field.options().isEmpty() && !field.options().contains(value))) {
            throw new Invalid(NOT_AN_OPTION);
        }
        return value;
    }

    private static List<String> options(FormField field, Object raw) {
        if (raw == null) {
            return List.of();
        }
        if (!(raw instanceof List<?> list)) {
            throw new Invalid(NOT_AN_OPTION);
        }
        List<String> values = new ArrayList<>();
        for (Object item : list) {
            values.add(option(field, item));
        }
        return values;
    }

    private static String date(FormField field, Object raw) {
        if (raw == null || (raw instanceof String s && s.isBlank())) {
            return null;
        }
        if (!(raw instanceof String text)) {
            throw new Invalid(NOT_A_DATE);
        }
        if ("date".equals(field.subtype())) {
            try {
                return LocalDate.parse(text.strip()).toString();
            } catch (DateTimeParseException e) {
                throw new Invalid(NOT_A_DATE);
            }
        }
        return text.strip();
    }

    /**
     * A date typed as дд.мм.гггг (or sent as ISO by an API client), checked as typed: 31.02.1985 is refused, never
     * rolled over into March, and 1.2.85 is refused, never guessed into a century. Stored as ISO, as a date field's.
     */
    private static String typedDate(String text) {
        if (text == null) {
            return null;
        }
        Matcher russian = TYPED_DATE.matcher(text);
        Matcher iso = ISO_DATE.matcher(text);
        try {
            if (russian.matches()) {
                return LocalDate.of(Integer.parseInt(russian.group(3)), Integer.parseInt(russian.group(2)),
                        Integer.parseInt(russian.group(1))).toString();
            }
            if (iso.matches()) {
                return LocalDate.parse(text).toString();
            }
        } catch (DateTimeException e) {
            throw new Invalid(NO_SUCH_DATE);
        }
        throw new Invalid(NOT_A_DATE);
    }

    /**
     * Characters no one types (control and format characters, lone surrogates): the same rule for text that
     * reaches the engine past this validator, such as a reviewer's answer from Tasklist.
     */
    public static boolean hasControlCharacters(String text) {
        return CONTROL.matcher(text).find();
    }

    private static boolean matches(String pattern, String text) {
        try {
            // form-js tests with RegExp.test, which searches; so does find().
            return Pattern.compile(pattern).matcher(text).find();
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("Form pattern is not a valid regular expression: " + pattern, e);
        }
    }

    /** A field's value breaks a rule; the message is what the member reads at the field. */
    private static final class Invalid extends RuntimeException {
        Invalid(String message) {
            super(message, null, false, false);
        }
    }
}
