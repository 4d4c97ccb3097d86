package org.unioncabinet.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The keyboards, autofill and masks of the forms in forms/ are the analyst's, set as properties of each field and
 * applied by the portal (src/main/frontend/src/fieldInputs.js, serverCombobox.js): a phone is typed on a phone's
 * keypad with its mask, a mailed code and a ticket number on the numeric keyboard, and the school is found in one
 * combobox. Each message names the file and the field to fix in Modeler.
 */
class FormInputPropertiesTest {

    private static final Path FORMS = Path.of("forms");
    /** What the portal applies; anything else would be ignored in silence. */
    private static final Set<String> TYPES = Set.of("text", "tel", "email", "url");
    private static final Set<String> INPUT_MODES = Set.of("none", "text", "decimal", "numeric", "tel", "search", "email",
            "url");
    private static final Set<String> FORMATS = Set.of("date", "phone");

    @Test
    void aPhoneIsTypedOnThePhonesKeypadWithItsMask() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Field field : fields()) {
            if ("phone".equals(field.key()) || "Телефон".equals(field.label())) {
                expect(problems, field, "format", "phone");
                expect(problems, field, "type", "tel");
                expect(problems, field, "autocomplete", "tel");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aMailedCodeAndATicketNumberAreTypedOnTheNumericKeyboard() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Field> fields = fields();
        assertThat(fields).extracting(Field::key).contains("confirmationCode", "ticketNumber");
        for (Field field : fields) {
            if ("confirmationCode".equals(field.key())) {
                expect(problems, field, "inputmode", "numeric");
                expect(problems, field, "autocomplete", "one-time-code");
            }
            if ("ticketNumber".equals(field.key())) {
                expect(problems, field, "inputmode", "numeric");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyInputPropertyIsOneThePortalApplies() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Field field : fields()) {
            JsonNode properties = field.json().path("properties");
            check(problems, field, properties, "type", TYPES);
            check(problems, field, properties, "inputmode", INPUT_MODES);
            check(problems, field, properties, "format", FORMATS);
            if (properties.has("autocomplete") && !properties.path("autocomplete").asText().matches("[a-z0-9 -]{1,60}")) {
                problems.add(field.where() + ": autocomplete «" + properties.path("autocomplete").asText()
                        + "» is not an autocomplete token");
            }
        }
        assertThat(problems).isEmpty();
    }

    /** One combobox per list searched on the server: a select with optionsUrl, no separate search field. */
    @Test
    void aListSearchedOnTheServerIsOneSelectWithItsUrl() throws IOException {
        List<String> problems = new ArrayList<>();
        List<Field> selects = fields().stream().filter(field -> field.json().path("properties").has("optionsUrl")).toList();
        assertThat(selects).extracting(Field::key).contains("educationalOrganisationId");
        for (Field field : selects) {
            JsonNode json = field.json();
            if (!"select".equals(json.path("type").asText())) {
                problems.add(field.where() + ": optionsUrl is for a Select");
            }
            if (!json.path("valuesKey").isTextual()) {
                problems.add(field.where() + ": the options come from the server, so the Select needs «Input values key»");
            }
            if (!json.path("properties").path("optionsUrl").asText().startsWith("/")) {
                problems.add(field.where() + ": optionsUrl is a path of this site");
            }
            if (json.path("properties").has("queryField")) {
                problems.add(field.where() + ": queryField is gone; the member types into the Select itself");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static void expect(List<String> problems, Field field, String property, String value) {
        String actual = field.json().path("properties").path(property).asText(null);
        if (!value.equals(actual)) {
            problems.add(field.where() + ": property " + property + " should be «" + value + "», is «" + actual + "»");
        }
    }

    private static void check(List<String> problems, Field field, JsonNode properties, String property, Set<String> known) {
        if (properties.has(property) && !known.contains(properties.path(property).asText())) {
            problems.add(field.where() + ": property " + property + " «" + properties.path(property).asText()
                    + "» is none of " + known);
        }
    }

    record Field(Path file, JsonNode json) {
        String key() {
            return json.path("key").asText("");
        }

        String label() {
            return json.path("label").asText("");
        }

        String where() {
            return file + " «" + (label().isEmpty() ? key() : label()) + "»";
        }
    }

    private static List<Field> fields() throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Field> fields = new ArrayList<>();
        try (Stream<Path> files = Files.list(FORMS)) {
            for (Path file : files.filter(each -> each.toString().endsWith(".form")).sorted().toList()) {
                json.readTree(file.toFile()).findParents("type").stream()
                        .filter(component -> component.has("key"))
                        .forEach(component -> fields.add(new Field(file, component)));
            }
        }
        return fields;
    }
}
