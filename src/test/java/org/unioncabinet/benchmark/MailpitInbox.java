package org.unioncabinet.benchmark;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A Mailpit (docker-compose.dev.yml) that every node sends to, read through its HTTP API. */
final class MailpitInbox implements Inbox {

    private final HttpClient http;
    private final String base;
    private final ObjectMapper json;

    MailpitInbox(HttpClient http, String base, ObjectMapper json) {
        this.http = http;
        this.base = base.replaceAll("/+$", "");
        this.json = json;
    }

    @Override
    public List<Mail> to(String address) {
        JsonNode found = get("/api/v1/search?limit=200&query=" + WebSession.encode("to:\"" + address + "\""));
        List<Mail> mails = new ArrayList<>();
        for (JsonNode summary : found.get("messages")) {
            JsonNode message = get("/api/v1/message/" + WebSession.encode(summary.get("ID").asText()));
            // Mailpit lists the newest first
            mails.add(0, new Mail(message.get("Subject").asText(), message.get("Text").asText()));
        }
        return mails;
    }

    private JsonNode get(String path) {
        return HttpJson.get(http, json, base + path, "is Mailpit's web interface at " + base + "?");
    }
}
