package org.unioncabinet.correction;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Forms;
import org.unioncabinet.forms.StepRecord;
import org.unioncabinet.registry.RegistryMemberView;

/** «Проверка заявления» shows the statement its PDF was made from, read from its row. */
@Component
class CorrectionDocumentsStep implements StepRecord {

    private final CorrectionStatements statements;

    CorrectionDocumentsStep(CorrectionStatements statements) {
        this.statements = statements;
    }

    @Override
    public String formId() {
        return Forms.DOCUMENTS_REVIEW;
    }

    @Override
    public Map<String, Object> load(UUID accountId, VariableMap process) {
        return PersonalDataCorrectionProcess.Variables.STATEMENT_ID.from(process).getOptional()
                .flatMap(statementId -> statements.facts(accountId, statementId)
                        .map(facts -> (Map<String, Object>) CorrectionStatementForm.review(facts,
                                facts.statement().isLinked() ? statements.ownRecord(accountId, statementId)
                                        .map(RegistryMemberView::ticketNumber).orElse(null)
                                        : facts.statement().getTicketNumber())))
                .orElse(Map.of());
    }

    /** The form has no fields: reading it and pressing «Подписать документы» is the step. */
    @Override
    public VariableMap save(UUID accountId, VariableMap process, VariableMap values) {
        return values;
    }
}
