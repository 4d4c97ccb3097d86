package org.unioncabinet.benchmark;

import java.util.ArrayList;
import java.util.List;

import org.unioncabinet.mail.DevMailbox;

import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/** The benchmark's own in-process SMTP server. */
public final class GreenMailInbox implements Inbox {

    private final GreenMail smtp;

    public GreenMailInbox(GreenMail smtp) {
        this.smtp = smtp;
    }

    @Override
    public List<Mail> to(String address) {
        // every simulated member has a domain of their own: the server keeps mails per domain
        String domain = address.substring(address.indexOf('@') + 1);
        List<Mail> mails = new ArrayList<>();
        try {
            for (MimeMessage message : smtp.getReceivedMessagesForDomain(domain)) {
                for (var recipient : message.getRecipients(Message.RecipientType.TO)) {
                    if (recipient.toString().equalsIgnoreCase(address)) {
                        mails.add(new Mail(message.getSubject(), DevMailbox.plainText(message).orElse("")));
                    }
                }
            }
        } catch (MessagingException | java.io.IOException e) {
            throw new WebSession.UnexpectedResponse("mail", e.toString());
        }
        return mails;
    }
}
