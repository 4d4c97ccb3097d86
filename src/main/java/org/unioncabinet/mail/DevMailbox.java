package org.unioncabinet.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.annotation.PreDestroy;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.stereotype.Component;
import org.unioncabinet.system.Sha256;

import com.fasterxml.jackson.annotation.JsonIgnore;
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

    /**
     * One captured mail, reduced to what a developer reads. {@code id} is derived from the mail's Message-ID, so a
     * mail keeps its address ({@code /mailbox/<id>}) whatever arrives after it; {@code from} and {@code to} are
     * decoded (RFC 2047), as a mail program shows them; {@code html} is the HTML part, empty when there is none.
     */
    public record CapturedMail(String id, Instant receivedAt, String to, String from, String subject, String text,
            @JsonIgnore String html) {
    }

    private static final int ID_LENGTH = 20;
    private static final Pattern ID = Pattern.compile("[0-9a-f]{" + ID_LENGTH + "}");

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

    /** Every captured mail, oldest first. */
    public List<CapturedMail> mails() {
        return Arrays.stream(server.getReceivedMessages()).map(DevMailbox::toCaptured).toList();
    }

    /** Every captured mail, newest first: the order of the page. */
    public List<CapturedMail> newestFirst() {
        List<CapturedMail> mails = new ArrayList<>(mails());
        Collections.reverse(mails);
        return mails;
    }

    public List<CapturedMail> mailsTo(String address) {
        return mails().stream().filter(mail -> mail.to().equalsIgnoreCase(address)).toList();
    }

    /** The mail with this id; empty for an unknown or malformed id. */
    public Optional<CapturedMail> mail(String id) {
        if (id == null || !ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return mails().stream().filter(mail -> mail.id().equals(id)).findFirst();
    }

    private static CapturedMail toCaptured(MimeMessage message) {
        try {
            Instant received = message.getSentDate() == null ? Instant.EPOCH : message.getSentDate().toInstant();
            return new CapturedMail(id(message), received, addresses(message.getRecipients(Message.RecipientType.TO)),
                    addresses(message.getFrom()), message.getSubject(), plainText(message).orElse(""),
                    part(message, "text/html").orElse(""));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("Unreadable captured mail", e);
        }
    }

    /** Derived from the Message-ID every mail we send has (Jakarta Mail sets one); the whole mail otherwise. */
    private static String id(MimeMessage message) throws MessagingException, IOException {
        String messageId = message.getMessageID();
        if (messageId != null) {
            return Sha256.hex(messageId).substring(0, ID_LENGTH);
        }
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        message.writeTo(raw);
        return Sha256.hex(raw.toByteArray()).substring(0, ID_LENGTH);
    }

    /** «Личный кабинет <noreply@…>» rather than «=?UTF-8?B?…?= <noreply@…>». */
    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        return Arrays.stream(addresses)
                .map(address -> address instanceof InternetAddress internet && internet.getPersonal() != null
                        ? internet.getPersonal() + " <" + internet.getAddress() + ">"
                        : address.toString())
                .collect(Collectors.joining(", "));
    }

    /** The text/plain part of a mail, however deeply it is nested (also read by the benchmark's inbox). */
    public static Optional<String> plainText(Part part) throws MessagingException, IOException {
        return part(part, "text/plain");
    }

    private static Optional<String> part(Part part, String mimeType) throws MessagingException, IOException {
        if (part.isMimeType(mimeType)) {
            return Optional.of((String) part.getContent());
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                Optional<String> text = part(child, mimeType);
                if (text.isPresent()) {
                    return text;
                }
            }
        }
        return Optional.empty();
    }
}
