package org.unioncabinet.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A GET that must answer 200 with JSON, for the inboxes a load run reads. */
final class HttpJson {

    private HttpJson() {
    }

    /** @param hint what to check when the answer is not 200 */
    static JsonNode get(HttpClient http, ObjectMapper json, String url, String hint) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new WebSession.UnexpectedResponse("mail", "HTTP " + response.statusCode() + " from " + url + " (" + hint + ")");
            }
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new WebSession.UnexpectedResponse("mail", e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WebSession.UnexpectedResponse("mail", "interrupted");
        }
    }
}
