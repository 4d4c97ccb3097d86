package org.unioncabinet.benchmark;

import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The development mailbox of a node ({@code GET /mailbox/messages?to=}). With several nodes it is the first
 * node's: the others run with {@code DEV_MAILBOX=false} and send to it (docs/benchmark.md «Load run»).
 */
final class DevMailboxInbox implements Inbox {

    private final HttpClient http;
    private final String node;
    private final ObjectMapper json;

    DevMailboxInbox(HttpClient http, String node, ObjectMapper json) {
        this.http = http;
        this.node = node;
        this.json = json;
    }

    @Override
    public List<Mail> to(String address) {
        List<Mail> mails = new ArrayList<>();
        for (JsonNode mail : HttpJson.get(http, json, node + "/mailbox/messages?to=" + WebSession.encode(address),
                "is the development mailbox of " + node + " on? DEV_MAILBOX=true, or give -Dload.mailbox=<Mailpit>")) {
            mails.add(new Mail(mail.get("subject").asText(), mail.get("text").asText()));
        }
        return mails;
    }
}
