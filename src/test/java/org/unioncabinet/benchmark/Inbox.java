package org.unioncabinet.benchmark;

import java.net.http.HttpClient;
import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Where simulated members read their mail: whatever SMTP server the app under load sends to. */
public interface Inbox {

    record Mail(String subject, String text) {
    }

    /** The mails to the address so far (in the order they arrived where the inbox knows it). */
    List<Mail> to(String address);

    /**
     * The inbox a load run reads: {@code dev} for the development mailbox of the first node (the default
     * configuration), or the address of a Mailpit (docker-compose.dev.yml: {@code http://localhost:8025}).
     */
    static Inbox of(String mailbox, List<String> nodes, HttpClient http, ObjectMapper json) {
        return mailbox.equals("dev") ? new DevMailboxInbox(http, nodes.get(0), json) : new MailpitInbox(http, mailbox, json);
    }
}
