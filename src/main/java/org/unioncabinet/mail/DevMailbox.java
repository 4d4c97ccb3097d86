package org.unioncabinet.mail;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Component;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The development mailbox: an SMTP server inside the app (GreenMail) on the host and port the app
 * sends to, so every mail can be read at {@code /mailbox} without configuring anything. On in the
 * default profile and in tests, off in production ({@code cabinet.dev-mailbox.enabled=false}).
 */
@Component
@ConditionalOnProperty(name = "cabinet.dev-mailbox.enabled", havingValue = "true")
public class DevMailbox {

    /** One captured mail, reduced to what a developer reads. */
    public record CapturedMail(int index, Instant receivedAt, String to, String from, String subject, String text) {
    }

    private final GreenMail server;

    public DevMailbox(MailProperties mail) {
        this.server = new GreenMail(new ServerSetup(mail.getPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        server.start();
    }

    /** Stops accepting mail, as an SMTP outage would (for tests of retries and incidents). */
    public void stop() {
        server.stop();
    }

    public void start() {
        server.start();
    }

    @PreDestroy
    void shutdown() {
        server.stop();
    }

    public List<CapturedMail> mails() {
        MimeMessage[] received = server.getReceivedMessages();
        List<CapturedMail> mails = new ArrayList<>(received.length);
        for (int i = 0; i < received.length; i++) {
            mails.add(toCaptured(i, received[i]));
        }
        return mails;
    }

    public List<CapturedMail> mailsTo(String address) {
        return mails().stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    public Optional<CapturedMail> mail(int index) {
        MimeMessage[] received = server.getReceivedMessages();
        return index >= 0 && index < received.length ? Optional.of(toCaptured(index, received[index]))
                : Optional.empty();
    }

    private static CapturedMail toCaptured(int index, MimeMessage message) {
        try {
            String to = Arrays.stream(message.getRecipients(Message.RecipientType.TO))
                    .map(Object::toString).collect(Collectors.joining(", "));
            Instant received = message.getSentDate() == null ? Instant.now() : message.getSentDate().toInstant();
            return new CapturedMail(index, received, to, message.getFrom()[0].toString(), message.getSubject(),
                    plainText(message).orElse(""));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable captured mail", e);
        }
    }

    /** The text/plain part of a mail, however deeply it is nested (also read by the benchmark's inbox). */
    public static Optional<String> plainText(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return Optional.of((String) part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> text = plainText(child);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}
