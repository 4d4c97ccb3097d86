package org.unioncabinet.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The server-side twin of form-js validation: the form's own rules, Russian messages, typed values. */
class FormDataValidatorTest {

    private static final String FORM = """
            {"id": "sample", "type": "default", "schemaVersion": 16, "components": [
              {"id": "f1", "type": "textfield", "key": "surname", "label": "Фамилия",
               "validate": {"required": true, "minLength": 2, "maxLength": 20, "pattern": "^[А-ЯЁа-яё -]+$"},
               "properties": {"patternMessage": "Используйте русские буквы."}},
              {"id": "f2", "type": "textfield", "key": "email", "validate": {"validationType": "email"}},
              {"id": "f3", "type": "number", "key": "age", "validate": {"min": 14, "max": 120}},
              {"id": "f4", "type": "checkbox", "key": "consent", "validate": {"required": true}},
              {"id": "f5", "type": "radio", "key": "answer", "values": [{"label": "Да", "value": "yes"}, {"label": "Нет", "value": "no"}]},
              {"id": "f6", "type": "datetime", "subtype": "date", "key": "birthDate"},
              {"id": "g1", "type": "group", "components": [
                {"id": "f7", "type": "textfield", "key": "middleName", "conditional": {"hide": "=answer = \\"no\\""}, "validate": {"required": true}}
              ]},
              {"id": "f8", "type": "textarea", "key": "comment"},
              {"id": "f9", "type": "textfield", "key": "typedDate", "properties": {"format": "date"}},
              {"id": "t1", "type": "text", "text": "Пояснение"},
              {"id": "b1", "type": "button", "action": "submit", "label": "Продолжить"}
            ]}""";

    private final FormDataValidator validator = new FormDataValidator();
    private final FormSchema schema = parse(FORM);

    @Test
    void acceptsValidDataAndTypesIt() {
        FormDataValidator.Result result = validator.validate(schema, data(
                "surname", "  Иванова ", "email", "ivanova@mail.ru", "age", 35, "consent", true,
                "answer", "yes", "birthDate", "1990-06-05", "middleName", "Петровна"));

        assertThat(result.errors()).isEmpty();
        assertThat(result.values()).containsEntry("surname", "Иванова")
                .containsEntry("age", new BigDecimal("35"))
                .containsEntry("consent", true)
                .containsEntry("birthDate", "1990-06-05")
                .containsEntry("comment", null);
    }

    @Test
    void reportsEachBrokenRuleAtItsFieldInRussian() {
        FormDataValidator.Result result = validator.validate(schema, data(
                "surname", "Ivanova", "email", "ivanova@", "age", 7, "consent", false, "answer", "maybe",
                "birthDate", "31.02.1990", "middleName", ""));

        assertThat(result.errors())
                .containsEntry("surname", "Используйте русские буквы.")
                .containsEntry("email", "Введите адрес электронной почты, например ivanova@mail.ru.")
                .containsEntry("age", "Значение должно быть не меньше 14.")
                .containsEntry("consent", "Необходимо отметить это поле.")
                .containsEntry("answer", "Выберите один из предложенных вариантов.")
                .containsEntry("birthDate", "Введите дату в формате дд.мм.гггг, например 14.03.1985.")
                .containsEntry("middleName", "Заполните это поле.");
    }

    @Test
    void aTypedDateIsTakenAsTypedOrRefusedNeverCorrected() {
        assertThat(typed("05.06.1990")).isEqualTo("1990-06-05");
        assertThat(typed("1990-06-05")).as("an API client's ISO date").isEqualTo("1990-06-05");
        for (String impossible : List.of("31.02.1985", "12.13.1990", "00.01.1990", "29.02.1985", "1990-02-31")) {
            assertThat(typedError(impossible)).as(impossible).isEqualTo("Такой даты нет. Проверьте число и месяц.");
        }
        for (String unclear : List.of("1.2.85", "14031985", "14.03.85", "14/03/1985", "\u0661\u0664.03.1985")) {
            assertThat(typedError(unclear)).as(unclear)
                    .isEqualTo("Введите дату в формате дд.мм.гггг, например 14.03.1985.");
        }
    }

    private Object typed(String date) {
        FormDataValidator.Result result = validator.validate(schema, data("surname", "Иванова", "consent", true,
                "typedDate", date));
        assertThat(result.errors()).as(date).isEmpty();
        return result.values().get("typedDate");
    }

    private String typedError(String date) {
        return validator.validate(schema, data("surname", "Иванова", "consent", true, "typedDate", date)).errors()
                .get("typedDate");
    }

    @Test
    void requiredMissingAndLengthRules() {
        assertThat(validator.validate(schema, data("consent", true)).errors())
                .containsEntry("surname", "Заполните это поле.")
                .doesNotContainKey("middleName");
        assertThat(validator.validate(schema, data("surname", "Я", "consent", true)).errors())
                .containsEntry("surname", "Введите не менее 2 символов.");
        assertThat(validator.validate(schema, data("surname", "Ооооооооооооооооооооо", "consent", true)).errors())
                .containsEntry("surname", "Введите не более 20 символов.");
    }

    /** The form's own words for an empty field (property requiredMessage), as the browser shows them. */
    @Test
    void anEmptyRequiredFieldGetsTheFormsOwnMessage() {
        String json = """
                {"id": "own", "type": "default", "components": [
                  {"id": "s1", "type": "select", "key": "school", "valuesKey": "schoolOptions",
                   "validate": {"required": true}, "properties": {"requiredMessage": "Выберите организацию из списка."}}
                ]}""";
        assertThat(validator.validate(parse(json), data()).errors())
                .containsEntry("school", "Выберите организацию из списка.");
        assertThat(validator.validate(parse(json), data("school", "")).errors())
                .containsEntry("school", "Выберите организацию из списка.");
    }

    @Test
    void boundsTextWithoutADeclaredMaximumAndRefusesControlCharacters() {
        assertThat(validator.validate(schema, data("consent", true, "surname", "Иванова", "middleName", "x".repeat(1001)))
                .errors()).containsEntry("middleName", "Введите не более 1000 символов.");
        assertThat(validator.validate(schema, data("consent", true, "surname", "Иванова", "middleName", "Петр\u0000овна"))
                .errors()).containsEntry("middleName", "Поле содержит недопустимые символы.");
        assertThat(validator.validate(schema, data("consent", true, "surname", "Иванова", "comment", "строка 1\nстрока 2"))
                .errors()).doesNotContainKey("comment");
    }

    @Test
    void refusesWrongTypes() {
        assertThat(validator.validate(schema, data("surname", List.of("Иванова"), "consent", "true", "age", "много"))
                .errors())
                .containsEntry("surname", "Значение введено в неверном формате.")
                .containsEntry("consent", "Значение введено в неверном формате.")
                .containsEntry("age", "Введите число.");
    }

    @Test
    void refusesKeysTheFormDoesNotHave() {
        assertThatThrownBy(() -> validator.validate(schema, data("surname", "Иванова", "isAdmin", true)))
                .isInstanceOf(FormDataValidator.UnknownFieldsException.class);
    }

    @Test
    void readsInputFieldsInsideGroupsButNotTextOrButtons() {
        assertThat(schema.keys()).containsExactly("surname", "email", "age", "consent", "answer", "birthDate",
                "middleName", "comment", "typedDate");
        assertThat(schema.id()).isEqualTo("sample");
    }

    private static Map<String, Object> data(Object... keysAndValues) {
        Map<String, Object> data = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return data;
    }

    private static FormSchema parse(String json) {
        try {
            return FormSchema.parse(new ObjectMapper().readTree(json), json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
