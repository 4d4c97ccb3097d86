package org.unioncabinet.correction;

import java.util.Optional;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The member's correction process as the portal sees it: started once the member chose to file a statement (with the
 * scan, if any, kept in its row). Controllers never start it themselves.
 */
@Component
public class CorrectionJourney {

    private final RuntimeService runtime;
    private final CorrectionStatements statements;

    CorrectionJourney(RuntimeService runtime, CorrectionStatements statements) {
        this.runtime = runtime;
        this.statements = statements;
    }

    /**
     * A new statement and its process, in one transaction: the draft row and the process that holds its id.
     *
     * @return the member's message when they may not file one now; empty when the statement was started
     */
    @Transactional
    public Optional<String> start(UUID accountId, Optional<Scan> scan) {
        CorrectionStatements.Eligibility eligibility = statements.eligibility(accountId);
        if (!eligibility.mayFile()) {
            return Optional.of(eligibility.refusal());
        }
        UUID statementId;
        try {
            statementId = statements.open(accountId, eligibility, scan);
        } catch (IllegalStateException secondTab) {
            return Optional.of(CorrectionStatements.Eligibility.OPEN_ALREADY.refusal());
        }
        VariableMap variables = Variables.createVariables();
        PersonalDataCorrectionProcess.Variables.STATEMENT_ID.on(variables).set(statementId);
        runtime.startProcessInstanceByKey(PersonalDataCorrectionProcess.KEY, accountId.toString(), variables);
        return Optional.empty();
    }
}
