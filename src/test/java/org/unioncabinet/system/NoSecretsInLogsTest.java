package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mail.MailException;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.AccountRepository;
import org.unioncabinet.mail.DevMailbox;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.joining.JoinApplicationForm;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.registry.RegistryMemberView;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;

/**
 * No personal data, password, code or token in the logs: everything the application and its libraries print
 * while members register (a mail outage on the way), confirm, sign in with a wrong password, reset a password,
 * apply to join, sign with a wrong and then the right code and are admitted with a new e-ticket number is
 * searched for each of those values.
 */
@CabinetTest
@ExtendWith(OutputCaptureExtension.class)
class NoSecretsInLogsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    Journeys journeys;
    @Autowired
    DevMailbox mailbox;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    AccountRepository accounts;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    MembershipCheck registry;

    @Test
    void whatMembersTypeAndReceiveNeverReachesTheLog(CapturedOutput output) throws Exception {
        List<String> secrets = new ArrayList<>();

        // «Создать», with the mail server down for the first try of the link's mail
        String email = Members.newEmail();
        secrets.add(email);
        secrets.add(Members.PASSWORD);
        mvc.perform(post("/register").with(csrf()).param("email", email).param("password", Members.PASSWORD)
                .param("passwordRepeat", Members.PASSWORD).param("signatureAgreementAccepted", "true"))
                .andExpect(status().is3xxRedirection());
        String accountId = accounts.findByEmail(email).orElseThrow().getId().toString();
        String journey = runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(accountId).singleResult().getId();
        Job send = management.createJobQuery().processInstanceId(journey).singleResult();
        mailbox.stop();
        try {
            assertThatThrownBy(() -> management.executeJob(send.getId())).isInstanceOf(MailException.class);
        } finally {
            mailbox.start();
        }
        management.executeJob(send.getId());
        String link = mails.lastToken(email);
        secrets.add(link);
        mvc.perform(get("/confirm").param("token", link)
                .session(members.browserThatRegistered(accounts.findByEmail(email).orElseThrow())))
                .andExpect(redirectedUrl("/cabinet"));

        // a wrong password, then a password reset
        String wrongPassword = "Neverno-" + accountId.substring(0, 8);
        secrets.add(wrongPassword);
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", wrongPassword))
                .andExpect(redirectedUrl("/login"));
        mvc.perform(post("/password/forgot").with(csrf()).param("email", email)).andExpect(status().isOk());
        jobs.runDue(accountId);
        String resetToken = mails.lastToken(email);
        secrets.add(resetToken);
        String newPassword = "Novyi-" + accountId.substring(9, 13) + "-parol";
        secrets.add(newPassword);
        mvc.perform(post("/password/reset").with(csrf()).param("token", resetToken).param("password", newPassword)
                .param("passwordRepeat", newPassword)).andExpect(redirectedUrl("/login"));

        // variant 2: the application, a wrong code, the right code, the approval and the new e-ticket number
        Journey joining = journeys.atJoinApplication();
        secrets.add(joining.email());
        Map<String, Object> application = new HashMap<>(Journeys.joinApplication(
                organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id()));
        application.put(JoinApplicationForm.LAST_NAME.getName(), "Журналова");
        application.put(JoinApplicationForm.FIRST_NAME.getName(), "Евлампия");
        application.put(JoinApplicationForm.BIRTH_DATE.getName(), "1987-09-23");
        application.put(JoinApplicationForm.PHONE.getName(), "8 (916) 555-01-23");
        application.put(JoinApplicationForm.UNIT.getName(), "Кафедра Лог-Проверки");
        secrets.addAll(List.of("Журналова", "Евлампия", "1987-09-23", "23.09.1987", "9165550123",
                "Кафедра Лог-Проверки"));
        journeys.complete(joining, application);
        journeys.complete(joining, Map.of());
        jobs.runDue(joining.businessKey());
        String code = mails.lastCode(joining.email());
        String wrongCode = code.equals("000000") ? "111111" : "000000";
        journeys.complete(joining, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), wrongCode));
        journeys.complete(joining, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), code));
        secrets.add(code);
        jobs.runDue(joining.businessKey());
        tasks.complete(journeys.taskOf(joining, Elements.REVIEW_JOIN_APPLICATION).getId(),
                Map.of(Variables.DECISION.getName(), "approve"));
        jobs.runDue(joining.businessKey());
        RegistryMemberView admitted = registry.ofAccount(joining.account().getId()).orElseThrow();
        assertThat(mails.last(joining.email()).text()).as("the admission mail").contains(admitted.formattedTicketNumber());
        secrets.add(admitted.ticketNumber());
        secrets.add(admitted.formattedTicketNumber());
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(joining.businessKey()).count()).as("the journey ended").isZero();

        String log = output.getAll();
        assertThat(log).as("the log of this test").contains("Sent mail");
        assertThat(secrets).allSatisfy(secret -> assertThat(log).as("the log").doesNotContainIgnoringCase(secret));
    }
}
