package org.unioncabinet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.registration.review.ReviewDigest;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

/**
 * Script and markup that reach a document or a mail (a reviewer's free-text rejection reason; any text a
 * future form lets through) come out as the characters typed: printed in the PDF, escaped in the HTML mail.
 */
@CabinetTest
class InertMemberTextTest {

    static final String SCRIPT = "<script>alert(1)</script><img src=x onerror=alert(2)>";

    @Autowired
    Documents documents;
    @Autowired
    Members members;
    @Autowired
    ITemplateEngine templates;

    @Test
    void scriptInEveryTextOfAJoinApplicationIsPrintedAsText() {
        UUID account = members.register(Members.newEmail()).getId();
        JoinApplicant applicant = new JoinApplicant(SCRIPT, SCRIPT, SCRIPT, "female", LocalDate.of(1990, 1, 2),
                SCRIPT, "a@example.ru", SCRIPT, SCRIPT, SCRIPT, "employee");

        for (MemberDocument document : documents.batch(documents.prepareJoinDocuments(account, applicant, true))) {
            byte[] pdf = documents.content(document.id());
            assertThat(Pdfs.normalize(Pdfs.text(pdf))).as(document.title()).contains("<script>alert(1)</script>");
            // No active content: the PDF carries no JavaScript action whatever the text said.
            assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).doesNotContain("/JavaScript", "/JS ", "/Launch");
        }
    }

    @Test
    void scriptInARejectionReasonOrAnApplicantsNameIsEscapedInTheHtmlMail() {
        for (MailTemplate template : MailTemplate.values()) {
            Context context = new Context(Locale.forLanguageTag("ru"), Map.ofEntries(Map.entry("reason", SCRIPT),
                    Map.entry("applicant", SCRIPT), Map.entry("ticket", SCRIPT), Map.entry("titles", List.of(SCRIPT)),
                    Map.entry("link", "https://example.org/?q=" + SCRIPT), Map.entry("linkHours", 24),
                    Map.entry("linkMinutes", 60), Map.entry("minutes", 10), Map.entry("deadline", SCRIPT),
                    Map.entry("code", SCRIPT), Map.entry("baseUrl", "https://example.org"),
                    Map.entry("applications", List.of(new ReviewDigest.Line(SCRIPT, SCRIPT, SCRIPT, SCRIPT))),
                    Map.entry("day", SCRIPT), Map.entry("at", SCRIPT)));
            String html = templates.process("mail/" + template.templateName(), context);

            assertThat(html).as(template.name()).doesNotContain("<script>", "<img src=x");
        }
    }
}
