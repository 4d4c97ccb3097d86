package org.unioncabinet.forms;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

/** A Camunda Form (form-js JSON) as the server reads it: its id and its input fields. */
public final class FormSchema {

    private static final Set<String> INPUT_TYPES = Set.of("textfield", "textarea", "number", "checkbox", "checklist",
            "radio", "select", "taglist", "datetime");
    private static final Set<String> CONTAINER_TYPES = Set.of("group");

    private final String id;
    private final String json;
    private final List<FormField> fields;

    private FormSchema(String id, String json, List<FormField> fields) {
        this.id = id;
        this.json = json;
        this.fields = fields;
    }

    public static FormSchema parse(JsonNode root, String json) {
        List<FormField> fields = new ArrayList<>();
        collect(root.path("components"), fields);
        return new FormSchema(root.path("id").asText(""), json, List.copyOf(fields));
    }

    private static void collect(JsonNode components, List<FormField> into) {
        for (JsonNode component : components) {
            String type = component.path("type").asText("");
            if (CONTAINER_TYPES.contains(type)) {
                collect(component.path("components"), into);
            } else if (INPUT_TYPES.contains(type) && component.hasNonNull("key")) {
                into.add(field(component, type));
            }
        }
    }

    private static FormField field(JsonNode component, String type) {
        JsonNode validate = component.path("validate");
        List<String> options = new ArrayList<>();
        component.path("values").forEach(option -> options.add(option.path("value").asText()));
        return new FormField(
                component.path("key").asText(),
                type,
                component.path("label").asText(""),
                validate.path("required").asBoolean(false),
                validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
                validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
                validate.hasNonNull("min") ? new BigDecimal(validate.get("min").asText()) : null,
                validate.hasNonNull("max") ? new BigDecimal(validate.get("max").asText()) : null,
                validate.hasNonNull("pattern") ? validate.get("pattern").asText() : null,
                component.path("properties").hasNonNull("patternMessage")
                        ? component.path("properties").get("patternMessage").asText() : null,
                validate.hasNonNull("validationType") ? validate.get("validationType").asText() : null,
                component.path("subtype").asText(null),
                List.copyOf(options),
                component.hasNonNull("conditional"),
                component.path("properties").path("format").asText(null),
                component.path("properties").hasNonNull("requiredMessage")
                        ? component.path("properties").get("requiredMessage").asText() : null);
    }

    public String id() {
        return id;
    }

    /** The form exactly as deployed, for the browser's form-js viewer. */
    public String json() {
        return json;
    }

    public List<FormField> fields() {
        return fields;
    }

    public List<String> keys() {
        return fields.stream().map(FormField::key).toList();
    }
}
