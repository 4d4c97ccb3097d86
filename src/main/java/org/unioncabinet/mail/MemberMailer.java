package org.unioncabinet.mail;

import java.io.UnsupportedEncodingException;
import java.util.Locale;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.system.CabinetProperties;

/**
 * Renders a {@link MailTemplate} (plain text and HTML) and sends it from the configured sender.
 * Called from async service tasks: a failure throws, the engine retries the job and finally raises
 * an incident, so a mail is never silently lost.
 */
@Service
public class MemberMailer {

    private static final Logger log = LoggerFactory.getLogger(MemberMailer.class);
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private final JavaMailSender sender;
    private final ITemplateEngine templates;
    private final CabinetProperties properties;

    public MemberMailer(JavaMailSender sender, ITemplateEngine templates, CabinetProperties properties) {
        this.sender = sender;
        this.templates = templates;
        this.properties = properties;
    }

    public void send(String to, MailTemplate template, Map<String, Object> model) {
        Context context = new Context(RUSSIAN, model);
        context.setVariable("baseUrl", properties.baseUrl());
        // the plain-text part ends like the HTML layout's footer: sent automatically, the privacy policy's address
        String text = templates.process("mail/" + template.templateName() + ".txt", context).stripTrailing() + "\n\n"
                + templates.process("mail/_footer.txt", context);
        String html = templates.process("mail/" + template.templateName(), context);
        try {
            MimeMessage message = sender.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
            helper.setFrom(new InternetAddress(properties.mail().from(), properties.mail().senderName(), "UTF-8"));
            // an internationalised domain (школа.рф) goes out in ASCII (xn--…), which every mail server takes
            helper.setTo(EmailAddress.forSending(to));
            helper.setSubject(template.subject());
            helper.setText(text, html);
            sender.send(message);
        } catch (MessagingException | UnsupportedEncodingException e) {
            throw new MailSendException("Could not compose " + template, e);
        }
        // Never the address or the link: both are personal or secret.
        log.info("Sent mail {}", template);
    }
}
