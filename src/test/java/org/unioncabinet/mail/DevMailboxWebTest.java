package org.unioncabinet.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;
import org.unioncabinet.mail.DevMailbox.CapturedMail;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Members;

/** The development mailbox: the page a developer reads the app's mails on, and the JSON the load run reads. */
@CabinetTest
class DevMailboxWebTest {

    private static final DateTimeFormatter MOSCOW = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Moscow"));

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    DevMailbox mailbox;

    @Test
    void givesTheMailsToOneAddressWithTheirText() throws Exception {
        String email = Members.newEmail();
        String someoneElse = Members.newEmail();
        jobs.runDue(members.register(email).getId().toString());
        jobs.runDue(members.register(someoneElse).getId().toString());

        mvc.perform(get("/mailbox/messages").param("to", email.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].to").value(email))
                .andExpect(jsonPath("$[0].subject").value(Matchers.not(Matchers.emptyString())))
                .andExpect(jsonPath("$[0].text").value(Matchers.containsString("/confirm?token=")));
        mvc.perform(get("/mailbox/messages").param("to", "nobody@example.ru"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/mailbox/messages")).andExpect(status().isBadRequest());
    }

    @Test
    void listsTheNewestMailFirstWithItsDecodedSenderAndMoscowTime() throws Exception {
        String first = Members.newEmail();
        String second = Members.newEmail();
        jobs.runDue(members.register(first).getId().toString());
        jobs.runDue(members.register(second).getId().toString());
        CapturedMail newest = mailbox.mailsTo(second).get(0);

        String page = page("/mailbox");

        assertThat(page.indexOf(second)).as("the newer mail above the older").isLessThan(page.indexOf(first));
        assertThat(page).contains(MOSCOW.format(newest.receivedAt()))
                .contains("/mailbox/" + newest.id())
                .doesNotContain("<table");
        // The sender name is Russian and travels RFC 2047-encoded; the page shows it as the member's mail program does.
        assertThat(newest.from()).startsWith("Общероссийский Профсоюз образования <").doesNotContain("=?");
        assertThat(page("/mailbox/" + newest.id()))
                .contains(HtmlUtils.htmlEscape(newest.from()))
                .contains(MOSCOW.format(newest.receivedAt()) + " (время московское)");
    }

    @Test
    void aMailKeepsItsAddressWhenNewMailsArrive() throws Exception {
        String email = Members.newEmail();
        jobs.runDue(members.register(email).getId().toString());
        CapturedMail mail = mailbox.mailsTo(email).get(0);

        jobs.runDue(members.register(Members.newEmail()).getId().toString());

        assertThat(mailbox.mailsTo(email).get(0).id()).isEqualTo(mail.id());
        assertThat(HtmlUtils.htmlUnescape(page("/mailbox/" + mail.id())))
                .contains(email, mail.subject(), mail.text().strip().lines().findFirst().orElseThrow());
        for (String unknown : List.of("0", "1", "f".repeat(20), mail.id() + "0")) {
            mvc.perform(get("/mailbox/" + unknown)).andExpect(status().isNotFound());
        }
    }

    @Test
    void showsTheHtmlPartInAFrameThatRunsNothingAndOpensLinksInANewTab() throws Exception {
        String email = Members.newEmail();
        jobs.runDue(members.register(email).getId().toString());
        CapturedMail mail = mailbox.mailsTo(email).get(0);
        assertThat(mail.html()).contains("<a ");

        String page = page("/mailbox/" + mail.id());

        String frame = page.substring(page.indexOf("<iframe"), page.indexOf("</iframe>"));
        assertThat(frame).contains("sandbox=\"allow-popups allow-popups-to-escape-sandbox\"")
                .doesNotContain("allow-scripts").doesNotContain("allow-same-origin")
                .contains("srcdoc=\"&lt;!DOCTYPE html&gt;&lt;base target=&quot;_blank&quot;&gt;");
        String document = HtmlUtils.htmlUnescape(frame.substring(frame.indexOf("srcdoc=\"") + 8, frame.lastIndexOf('"')));
        assertThat(document).isEqualTo(DevMailboxController.framed(mail.html()));
    }

    private String page(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
