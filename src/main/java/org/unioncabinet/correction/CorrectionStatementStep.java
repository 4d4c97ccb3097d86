package org.unioncabinet.correction;

import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Forms;
import org.unioncabinet.forms.StepRecord;

/**
 * The data of «Заявление об изменении персональных данных» is the member's {@link CorrectionStatement}: the process
 * holds its id from the start; the form shows what was typed («Изменить данные»), or a linked member's record.
 */
@Component
class CorrectionStatementStep implements StepRecord {

    private final CorrectionStatements statements;

    CorrectionStatementStep(CorrectionStatements statements) {
        this.statements = statements;
    }

    @Override
    public String formId() {
        return Forms.STATEMENT;
    }

    @Override
    public Map<String, Object> load(UUID accountId, VariableMap process) {
        return PersonalDataCorrectionProcess.Variables.STATEMENT_ID.from(process).getOptional()
                .flatMap(statementId -> statements.facts(accountId, statementId)
                        .map(facts -> (Map<String, Object>) CorrectionStatementForm.values(facts.statement(),
                                facts.school(), statements.ownRecord(accountId, statementId).orElse(null))))
                .orElse(Map.of());
    }

    @Override
    public VariableMap save(UUID accountId, VariableMap process, VariableMap values) {
        statements.edit(accountId, PersonalDataCorrectionProcess.Variables.STATEMENT_ID.from(process).get(),
                CorrectionStatementForm.form(values));
        return Variables.createVariables();
    }
}
