package org.unioncabinet.registration;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.registration.joining.JoinApplications;

/**
 * What the registration does when the member withdraws her personal-data consent (152-FZ, art. 21 p. 5: processing
 * stops): a registration not finished ends at once (its instance is deleted with the reason; an application under review
 * is not decided any more), and what the member typed without signing it (registry checks of variant 1, drafts of an
 * application) is erased. Without a running registration no membership check can happen: the checks are its steps.
 * A signed application and the registry record stay: they are the primary organisation's to answer for.
 */
@Service
public class RegistrationWithdrawal {

    static final String DELETE_REASON = "Согласие на обработку персональных данных отозвано";

    private static final Logger log = LoggerFactory.getLogger(RegistrationWithdrawal.class);

    private final RuntimeService runtime;
    private final JoinApplications applications;
    private final JdbcClient jdbc;

    RegistrationWithdrawal(RuntimeService runtime, JoinApplications applications, JdbcClient jdbc) {
        this.runtime = runtime;
        this.applications = applications;
        this.jdbc = jdbc;
    }

    /** The school of the member's latest signed application to join (variant 2), if any. */
    @Transactional(readOnly = true)
    public Optional<Long> appliedSchool(UUID accountId) {
        return applications.latest(accountId).map(org.unioncabinet.registration.joining.JoinApplication::getEducationalOrganisationId);
    }

    /** The name on the member's latest signed application to join, if any. */
    @Transactional(readOnly = true)
    public Optional<String> appliedName(UUID accountId) {
        return applications.latest(accountId)
                .flatMap(application -> applications.facts(application.getId()))
                .map(JoinApplications.Facts::fullName);
    }

    /** @return what was stopped and erased, in the member's words, one line each (empty: nothing was running) */
    @Transactional
    public List<String> stop(UUID accountId) {
        List<String> done = new ArrayList<>();
        List<ProcessInstance> journeys = runtime.createProcessInstanceQuery()
                .processDefinitionKey(RegistrationProcess.KEY)
                .processInstanceBusinessKey(accountId.toString())
                .list();
        for (ProcessInstance journey : journeys) {
            runtime.deleteProcessInstance(journey.getId(), DELETE_REASON);
        }
        if (!journeys.isEmpty()) {
            done.add("Регистрация в личном кабинете прекращена (проверка членства и рассмотрение заявления о "
                    + "вступлении не продолжатся).");
        }
        int checks = jdbc.sql("DELETE FROM app.ticket_check WHERE account_id = :account")
                .param("account", accountId).update();
        if (checks > 0) {
            done.add("Удалены сведения, введённые для проверки членства: " + checks + ".");
        }
        int drafts = jdbc.sql("DELETE FROM app.join_application WHERE account_id = :account AND status = 'DRAFT'")
                .param("account", accountId).update();
        if (drafts > 0) {
            done.add("Удалены неподписанные черновики заявления о вступлении: " + drafts + ".");
        }
        log.info("Registration of account {} stopped for a withdrawn consent: {} journeys, {} checks, {} drafts erased",
                accountId, journeys.size(), checks, drafts);
        return done;
    }
}
