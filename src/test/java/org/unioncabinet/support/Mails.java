package org.unioncabinet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.test.context.TestComponent;
import org.unioncabinet.mail.DevMailbox;
import org.unioncabinet.mail.DevMailbox.CapturedMail;

/** What the in-process SMTP server received, per recipient, and the links inside. */
@TestComponent
public class Mails {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/\\S+)");

    private final DevMailbox mailbox;

    public Mails(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    public List<CapturedMail> to(String address) {
        return mailbox.mailsTo(address);
    }

    public CapturedMail last(String address) {
        List<CapturedMail> mails = to(address);
        assertThat(mails).as("mails to %s", address).isNotEmpty();
        return mails.get(mails.size() - 1);
    }

    /** The path and query of the first link in the member's latest mail, e.g. {@code /confirm?token=…}. */
    public String lastLinkPath(String address) {
        Matcher matcher = LINK.matcher(last(address).text());
        assertThat(matcher.find()).as("a link in the last mail to %s", address).isTrue();
        return matcher.group(1);
    }

    /** The 6-digit confirmation code in the member's latest mail. */
    public String lastCode(String address) {
        Matcher matcher = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$").matcher(last(address).text());
        assertThat(matcher.find()).as("a code in the last mail to %s", address).isTrue();
        return matcher.group(1);
    }

    /** The token in the latest link to the member. */
    public String lastToken(String address) {
        String path = lastLinkPath(address);
        return path.substring(path.indexOf("token=") + "token=".length());
    }
}
