package org.unioncabinet.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The variables of a consent and of an application to join, for Иванова Мария Петровна. */
final class SampleVariables {

    private SampleVariables() {
    }

    static Map<String, Object> consent(String title, List<String> paragraphs) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("title", title);
        variables.put("version", 1);
        variables.put("effectiveFrom", "01.11.2026");
        variables.put("paragraphs", paragraphs);
        variables.put("fullName", "Иванова Мария Петровна");
        variables.put("birthDate", "12.03.1985");
        variables.put("email", "ivanova@mail.ru");
        variables.put("ticketNumber", "7700 0000 0000 0011");
        variables.put("createdAt", "01.12.2026");
        return variables;
    }

    static Map<String, Object> application(String title, List<String> paragraphs) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("title", title);
        variables.put("version", 1);
        variables.put("effectiveFrom", "01.11.2026");
        variables.put("paragraphs", paragraphs);
        variables.put("primaryOrganisation", "МБОУ СОШ № 15 г. Васильевска");
        variables.put("fullName", "Иванова Мария Петровна");
        variables.put("gender", "Женский");
        variables.put("birthDate", "12.03.1985");
        variables.put("phone", "+7 900 000-00-00");
        variables.put("email", "ivanova@mail.ru");
        variables.put("educationalOrganisation", "МБОУ СОШ № 15 г. Васильевска");
        variables.put("unit", null);
        variables.put("employmentType", "Основное место работы");
        variables.put("createdAt", "01.12.2026");
        return variables;
    }

    /** The template a sample is for. */
    static String template(Map<String, Object> variables) {
        return variables.containsKey("primaryOrganisation") ? Documents.JOIN_APPLICATION_TEMPLATE
                : Documents.CONSENT_TEMPLATE;
    }
}
