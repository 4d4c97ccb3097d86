package org.unioncabinet.registration.joining;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * «Проверка данных заявления» shows every fact the member typed into «Заявление о вступлении в Профсоюз», so that the
 * member checks what the documents are made from before signing them. A field added to the application and forgotten
 * on the review fails here.
 */
class JoinDocumentsReviewFormTest {

    /** Fields the review shows in words rather than as sent (a code, an id, an ISO date). */
    private static final Map<String, String> SHOWN_AS = Map.of(
            JoinApplicationForm.GENDER.getName(), JoinApplicationForm.GENDER_LABEL.getName(),
            JoinApplicationForm.BIRTH_DATE.getName(), JoinApplicationForm.BIRTH_DATE_TEXT.getName(),
            JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID.getName(), JoinApplicationForm.EDUCATIONAL_ORGANISATION_NAME.getName(),
            JoinApplicationForm.EMPLOYMENT_TYPE.getName(), JoinApplicationForm.EMPLOYMENT_TYPE_LABEL.getName(),
            // a consent is shown as the document that gives it
            JoinApplicationForm.PERSONAL_DATA_CONSENT.getName(), "personalDataConsentDocumentId",
            JoinApplicationForm.ADVERTISING_CONSENT.getName(), "advertisingConsentDocumentId");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theReviewShowsEveryFactOfTheApplication() throws IOException {
        String review = String.join("\n", texts(form("join-documents-review.form")));
        List<String> keys = keys(form("join-application.form"));

        assertThat(keys).contains("gender", "birthDate", "phone", "unit");
        for (String key : keys) {
            assertThat(review).as("«%s» on the review", key).contains("{{" + SHOWN_AS.getOrDefault(key, key) + "}}");
        }
        assertThat(review).contains("Пол: {{genderLabel}}");
    }

    private JsonNode form(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/forms/" + name)) {
            assertThat(in).as(name).isNotNull();
            return json.readTree(in);
        }
    }

    private static List<String> keys(JsonNode form) {
        List<String> keys = new ArrayList<>();
        form.findParents("key").forEach(component -> keys.add(component.get("key").asText()));
        return keys;
    }

    private static List<String> texts(JsonNode form) {
        List<String> texts = new ArrayList<>();
        form.findParents("text").forEach(component -> {
            if ("text".equals(component.path("type").asText())) {
                texts.add(component.get("text").asText());
            }
        });
        return texts;
    }
}
