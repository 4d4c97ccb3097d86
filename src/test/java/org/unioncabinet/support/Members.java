package org.unioncabinet.support;

import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.login.RegisteringBrowser;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.confirmation.Registration;

/** Test members: fresh e-mails, accounts registered through the real service, their journeys. */
@TestComponent
public class Members {

    public static final String PASSWORD = "Uchitel-2026";

    private final Registration registration;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final RegisteringBrowser registeringBrowser;

    public Members(Registration registration, RuntimeService runtime, JdbcClient jdbc,
            RegisteringBrowser registeringBrowser) {
        this.registration = registration;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.registeringBrowser = registeringBrowser;
    }

    /** An address no other test uses. */
    public static String newEmail() {
        return "member-" + UUID.randomUUID().toString().substring(0, 12) + "@example.ru";
    }

    public Account register(String email) {
        return registration.register(new EmailAddress(email), PASSWORD);
    }

    /**
     * The MockMvc session of the browser the account was registered in (as «Создать» leaves it), where its
     * confirmation link signs in; in any other browser the link asks for the password.
     */
    public MockHttpSession browserThatRegistered(Account account) {
        MockHttpSession session = new MockHttpSession();
        registeringBrowser.remember(session, account.getId());
        return session;
    }

    public ProcessInstance journey(Account account) {
        return runtime.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(account.getId().toString())
                .singleResult();
    }

    /** Lets the next mail-sending action through now, as if the cooldown had passed. */
    public void endCooldowns() {
        jdbc.sql("UPDATE app.action_cooldown SET next_allowed_at = now() - interval '1 second'").update();
    }

    /** Makes every link of the account expire, as if its lifetime had passed. */
    public void expireLinks(Account account) {
        jdbc.sql("UPDATE app.one_time_token SET expires_at = now() - interval '1 second' WHERE account_id = :id")
                .param("id", account.getId())
                .update();
    }
}
