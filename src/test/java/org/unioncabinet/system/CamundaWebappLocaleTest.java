package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncabinet.support.CabinetTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tasklist, Cockpit, Admin and Welcome speak Russian: each app serves our {@code locales/ru.json} and our
 * {@code scripts/config.js} (which must win over the webjar's own file). Russian is also the fallback locale,
 * so ru.json has to cover every key of the webjar's en.json: a key missing there would show up as its raw name.
 */
@CabinetTest
class CamundaWebappLocaleTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{.*?}}");
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0} speaks Russian")
    @CsvSource({
        "tasklist, CLAIM_TASK, Взять",
        "cockpit, COCKPIT_PROCESSES, Процессы",
        "admin, AUTHORIZATION_AUTHORIZATIONS, Авторизации",
        "welcome, APPLICATIONS, Приложения",
    })
    void servesTheRussianLocale(String app, String key, String russian) throws Exception {
        HttpResponse<byte[]> response = get("/camunda/app/" + app + "/locales/ru.json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        JsonNode locale = JSON.readTree(response.body());
        assertThat(locale.path("labels").path(key).asText()).isEqualTo(russian);
        assertThat(locale.path("labels").path("SIGN_OUT_ACTION").asText()).isEqualTo("Выйти");
        assertThat(locale.path("dateLocales").path("longDateFormat").path("L").asText()).isEqualTo("DD.MM.YYYY");
        assertThat(locale.path("dateLocales").path("months").path("standalone").path(0).asText()).isEqualTo("январь");
    }

    @ParameterizedTest(name = "{0} offers Russian first and falls back to it")
    @CsvSource({"tasklist", "cockpit", "admin", "welcome"})
    void configOffersRussian(String app) throws Exception {
        HttpResponse<byte[]> response = get("/camunda/app/" + app + "/scripts/config.js");

        assertThat(response.statusCode()).isEqualTo(200);
        String config = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(config).contains("availableLocales: ['ru', 'en']").contains("fallbackLocale: 'ru'");
    }

    @ParameterizedTest(name = "{0}: ru.json covers every key and placeholder of en.json")
    @CsvSource({"tasklist", "cockpit", "admin", "welcome"})
    void russianCoversEveryEnglishLabel(String app) throws Exception {
        // en.json comes from the webjar itself, so a Camunda upgrade that adds labels fails here.
        JsonNode english = JSON.readTree(get("/camunda/app/" + app + "/locales/en.json").body()).path("labels");
        JsonNode russian = JSON.readTree(get("/camunda/app/" + app + "/locales/ru.json").body()).path("labels");
        assertThat(english.size()).isGreaterThan(100);

        List<String> missing = new ArrayList<>();
        List<String> placeholderMismatch = new ArrayList<>();
        english.fieldNames().forEachRemaining(key -> {
            if (!russian.hasNonNull(key)) {
                missing.add(key);
            } else if (!placeholders(english.get(key).asText()).equals(placeholders(russian.get(key).asText()))) {
                placeholderMismatch.add(key);
            }
        });
        assertThat(missing).as("labels missing in %s/locales/ru.json", app).isEmpty();
        assertThat(placeholderMismatch).as("labels whose {{placeholders}} differ in %s", app).isEmpty();
        assertThat(russian.size()).isEqualTo(english.size());
    }

    private static List<String> placeholders(String label) {
        List<String> found = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(label);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        found.sort(null);
        return found;
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }
}
