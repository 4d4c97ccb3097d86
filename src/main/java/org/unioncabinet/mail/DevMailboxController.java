package org.unioncabinet.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/** {@code /mailbox}: the mails the development mailbox captured, newest first, links clickable. */
@Controller
@ConditionalOnProperty(name = "cabinet.dev-mailbox.enabled", havingValue = "true")
public class DevMailboxController {

    private static final Pattern LINK = Pattern.compile("https?://\\S+");

    /** A piece of a mail's text: either plain text or a link. */
    public record Segment(String text, boolean link) {
    }

    private final DevMailbox mailbox;

    public DevMailboxController(DevMailbox mailbox) {
        this.mailbox = mailbox;
    }

    @GetMapping("/mailbox")
    public String list(Model model) {
        model.addAttribute("mails", mailbox.newestFirst());
        return "mailbox/list";
    }

    /**
     * The mails to one address as JSON, oldest first: what a script reads instead of a person (the load run,
     * docs/benchmark.md «Load run»). Development only, like the page.
     */
    @GetMapping(value = "/mailbox/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    public List<DevMailbox.CapturedMail> messages(@RequestParam String to) {
        return mailbox.mailsTo(to);
    }

    @GetMapping("/mailbox/{id}")
    public String show(@PathVariable String id, Model model) {
        DevMailbox.CapturedMail mail = mailbox.mail(id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("mail", mail);
        model.addAttribute("segments", segments(mail.text()));
        model.addAttribute("framedHtml", mail.html().isEmpty() ? null : framed(mail.html()));
        return "mailbox/show";
    }

    /**
     * The HTML part as the sandboxed frame's document. The frame (no {@code allow-scripts}, no
     * {@code allow-same-origin}) runs nothing and reaches nothing of ours; it inherits the page's
     * Content-Security-Policy, so remote images stay unloaded. Links open in a new tab (the sandbox lets only
     * popups out, and only for ordinary links: {@code javascript:} needs scripts and {@code data:} may not be
     * opened as a page) and carry no referrer.
     */
    static String framed(String html) {
        return "<!DOCTYPE html><base target=\"_blank\"><meta name=\"referrer\" content=\"no-referrer\">" + html;
    }

    static List<Segment> segments(String text) {
        List<Segment> segments = new ArrayList<>();
        Matcher matcher = LINK.matcher(text);
        int last = 0;
        while (matcher.find()) {
            segments.add(new Segment(text.substring(last, matcher.start()), false));
            segments.add(new Segment(matcher.group(), true));
            last = matcher.end();
        }
        segments.add(new Segment(text.substring(last), false));
        return segments;
    }
}
