package org.unioncabinet.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.account.EnumerationSafety;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.PortalClient;

/**
 * Who stays signed in, tried with real browsers over HTTP (their sessions live in PostgreSQL): someone who registers
 * another's e-mail first, a member changing or resetting the password, old reset links, and visitors who only look.
 */
@CabinetTest
class AccountTakeoverTest {

    static final String ATTACKERS_PASSWORD = "Zahvatchik-2026";
    static final String NEW_PASSWORD = "Novyi-parol-2026";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    PasswordReset passwordReset;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    EnumerationSafety enumerationSafety;

    @Test
    void anAccountRegisteredFirstBySomeoneElseIsTheMailboxOwnersOnceSheConfirmsAndResetsThePassword() {
        String email = Members.newEmail();
        PortalClient attacker = new PortalClient(port);
        PortalClient victim = new PortalClient(port);
        assertThat(PortalClient.location(register(attacker, email, ATTACKERS_PASSWORD))).endsWith("/cabinet");
        assertThat(attacker.signedIn()).isTrue();
        UUID account = accounts.findByEmail(new EmailAddress(email)).orElseThrow().getId();
        jobs.runDue(account.toString());

        var confirmed = victim.get(mails.lastLinkPath(email));

        assertThat(PortalClient.location(confirmed)).as("another browser is asked for the password").endsWith("/login");
        assertThat(victim.signedIn()).isFalse();
        assertThat(victim.get("/login").body()).contains("Email подтверждён").contains("Забыли пароль?");
        assertThat(attacker.signedIn()).as("the session from before the mailbox was proven ended").isFalse();
        assertThat(accounts.find(account).orElseThrow().isConfirmed()).isTrue();

        // the attacker still knows the password he set; the mailbox owner takes it back with «Забыли пароль?»
        assertThat(attacker.logIn(email, ATTACKERS_PASSWORD)).endsWith("/cabinet");
        victim.post("/password/forgot", Map.of("email", email));
        jobs.runDue(account.toString());
        String resetLink = mails.lastLinkPath(email);
        String token = resetLink.substring(resetLink.indexOf("token=") + "token=".length());
        assertThat(PortalClient.location(victim.post("/password/reset",
                Map.of("token", token, "password", NEW_PASSWORD, "passwordRepeat", NEW_PASSWORD)))).endsWith("/login");

        assertThat(attacker.signedIn()).as("a reset ends every session").isFalse();
        assertThat(attacker.logIn(email, ATTACKERS_PASSWORD)).endsWith("/login");
        assertThat(victim.logIn(email, NEW_PASSWORD)).endsWith("/cabinet");
        assertThat(victim.signedIn()).isTrue();
    }

    @Test
    void theConfirmationLinkSignsInTheBrowserThatRegisteredEvenWhenRegistrationDidNot() {
        String email = Members.newEmail();
        PortalClient browser = new PortalClient(port);
        // enumeration-safe: «Создать» answers «Подтвердите email» and signs nobody in
        enumerationSafety.setEnumerationSafe(true);
        try {
            register(browser, email, ATTACKERS_PASSWORD);
        } finally {
            enumerationSafety.setEnumerationSafe(false);
        }
        assertThat(browser.signedIn()).isFalse();
        jobs.runDue(accounts.findByEmail(new EmailAddress(email)).orElseThrow().getId().toString());

        assertThat(PortalClient.location(browser.get(mails.lastLinkPath(email)))).endsWith("/cabinet");
        assertThat(browser.signedIn()).isTrue();
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndSignsOutEveryOtherBrowser() {
        String email = Members.newEmail();
        members.register(email);
        PortalClient laptop = new PortalClient(port);
        PortalClient phone = new PortalClient(port);
        laptop.logIn(email, Members.PASSWORD);
        phone.logIn(email, Members.PASSWORD);

        var wrong = laptop.post("/cabinet/password", Map.of("currentPassword", "not-the-password",
                "password", NEW_PASSWORD, "passwordRepeat", NEW_PASSWORD));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("Неверный текущий пароль.").contains("value=\"" + NEW_PASSWORD + "\"");
        assertThat(phone.signedIn()).isTrue();

        var changed = laptop.post("/cabinet/password", Map.of("currentPassword", Members.PASSWORD,
                "password", NEW_PASSWORD, "passwordRepeat", NEW_PASSWORD));

        assertThat(PortalClient.location(changed)).endsWith("/cabinet");
        assertThat(laptop.get("/cabinet").body()).contains("Пароль изменён. Вход на других устройствах завершён.");
        assertThat(phone.signedIn()).isFalse();
        assertThat(phone.logIn(email, Members.PASSWORD)).endsWith("/login");
        assertThat(phone.logIn(email, NEW_PASSWORD)).endsWith("/cabinet");
    }

    @Test
    void aNewResetLinkRetiresTheEarlierOnes() {
        String email = Members.newEmail();
        UUID account = members.register(email).getId();
        passwordReset.sendLink(account);
        String first = mails.lastLinkPath(email);
        passwordReset.sendLink(account);
        String second = mails.lastLinkPath(email);
        PortalClient browser = new PortalClient(port);

        assertThat(browser.get(first).body()).contains("Ссылка для смены пароля устарела или уже использована.");
        assertThat(browser.get(second).body()).contains("Новый пароль").doesNotContain("устарела");
    }

    @Test
    void visitorsWhoOnlyLookLeaveNoSessionBehind() {
        Timestamp before = Timestamp.from(Instant.now());
        for (int visitor = 0; visitor < 50; visitor++) {
            PortalClient browser = new PortalClient(port);
            for (String page : new String[] {"/", "/login", "/register", "/password/forgot", "/documents/privacy-policy",
                    "/email/confirm?token=no-such-token"}) {
                assertThat(browser.get(page).statusCode()).as(page).isEqualTo(200);
            }
        }

        assertThat(jdbc.sql("""
                        SELECT s.creation_time || ' ' || coalesce(string_agg(a.attribute_name, ','), '')
                        FROM app.spring_session s LEFT JOIN app.spring_session_attributes a ON a.session_primary_id = s.primary_id
                        WHERE s.creation_time >= :since GROUP BY s.primary_id, s.creation_time""")
                .param("since", before.getTime()).query(String.class).list()).isEmpty();
    }

    private static java.net.http.HttpResponse<String> register(PortalClient browser, String email, String password) {
        browser.get("/register");
        return browser.post("/register", Map.of("email", email, "password", password, "passwordRepeat", password,
                "signatureAgreementAccepted", "true"));
    }
}
