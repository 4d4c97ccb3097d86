package org.unioncabinet.correction;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.unioncabinet.organisation.OrganisationHit;
import org.unioncabinet.registry.RegistryMemberView;
import org.unioncabinet.registry.TicketNumber;
import org.unioncabinet.system.MarkdownText;
import org.unioncabinet.system.TextVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The fields of the member's Camunda Forms of a correction statement (forms/correction-statement.form,
 * forms/correction-documents-review.form), as the portal receives and fills them. They go to the statement's row,
 * never to the process.
 */
final class CorrectionStatementForm {

    static final VariableFactory<String> TICKET_NUMBER = stringVariable("ticketNumber");
    static final VariableFactory<String> LAST_NAME = stringVariable("lastName");
    static final VariableFactory<String> FIRST_NAME = stringVariable("firstName");
    static final VariableFactory<String> MIDDLE_NAME = stringVariable("middleName");
    static final TextVariable<LocalDate> BIRTH_DATE = TextVariable.isoDate("birthDate");
    static final TextVariable<Long> EDUCATIONAL_ORGANISATION_ID = TextVariable.numericId("educationalOrganisationId");
    static final VariableFactory<String> REASON = stringVariable("reason");
    /** Shown, not sent: the statement is about the member's own linked record (no ticket number to type). */
    static final VariableFactory<Boolean> LINKED_MEMBER = booleanVariable("linkedMember");
    static final VariableFactory<Boolean> SCAN_ATTACHED = booleanVariable("scanAttached");
    static final String ORGANISATION_OPTIONS = "organisationOptions";
    // what the documents review shows in words
    static final VariableFactory<String> TICKET_NUMBER_TEXT = stringVariable("ticketNumberText");
    static final VariableFactory<String> BIRTH_DATE_TEXT = stringVariable("birthDateText");
    static final VariableFactory<String> EDUCATIONAL_ORGANISATION_NAME = stringVariable("educationalOrganisationName");

    private CorrectionStatementForm() {
    }

    /** What the member typed, as kept: the ticket number as its 16 digits. */
    static CorrectionStatements.StatementForm form(VariableMap values) {
        String ticket = TICKET_NUMBER.from(values).getOptional().flatMap(TicketNumber::parse).map(TicketNumber::value)
                .orElse(null);
        return new CorrectionStatements.StatementForm(ticket, LAST_NAME.from(values).get(), FIRST_NAME.from(values).get(),
                MIDDLE_NAME.from(values).getOrNull(), BIRTH_DATE.find(values).orElseThrow(),
                EDUCATIONAL_ORGANISATION_ID.find(values).orElseThrow(), REASON.from(values).get().strip());
    }

    /** The statement's form as shown: what the member typed, or a linked member's record to start from. */
    static VariableMap values(CorrectionStatement statement, OrganisationHit school, RegistryMemberView ownRecord) {
        VariableMap values = Variables.createVariables();
        LINKED_MEMBER.on(values).set(statement.isLinked());
        SCAN_ATTACHED.on(values).set(statement.hasScan());
        if (statement.getNewLastName() != null) {
            TICKET_NUMBER.on(values).set(statement.getTicketNumber());
            LAST_NAME.on(values).set(statement.getNewLastName());
            FIRST_NAME.on(values).set(statement.getNewFirstName());
            MIDDLE_NAME.on(values).set(statement.getNewMiddleName());
            BIRTH_DATE.putInto(values, statement.getNewBirthDate());
            REASON.on(values).set(statement.getReason());
        } else if (ownRecord != null) {
            LAST_NAME.on(values).set(ownRecord.lastName());
            FIRST_NAME.on(values).set(ownRecord.firstName());
            MIDDLE_NAME.on(values).set(ownRecord.middleName());
            BIRTH_DATE.putInto(values, ownRecord.birthDate());
        }
        if (school != null) {
            EDUCATIONAL_ORGANISATION_ID.putInto(values, school.id());
            values.put(ORGANISATION_OPTIONS, List.of(Map.of("value", String.valueOf(school.id()),
                    "label", school.optionLabel())));
        }
        return values;
    }

    /** What «Проверка заявления» shows, in words; the member's own free text made plain for the form's markdown. */
    static VariableMap review(CorrectionStatements.Facts facts, String ticketNumber) {
        CorrectionStatement statement = facts.statement();
        VariableMap values = Variables.createVariables();
        TICKET_NUMBER_TEXT.on(values).set(TicketNumber.parse(ticketNumber).map(TicketNumber::formatted).orElse(null));
        LAST_NAME.on(values).set(MarkdownText.literal(statement.getNewLastName()));
        FIRST_NAME.on(values).set(MarkdownText.literal(statement.getNewFirstName()));
        MIDDLE_NAME.on(values).set(MarkdownText.literal(statement.getNewMiddleName()));
        BIRTH_DATE_TEXT.on(values).set(facts.birthDateText());
        EDUCATIONAL_ORGANISATION_NAME.on(values).set(MarkdownText.literal(facts.school().shortName()));
        REASON.on(values).set(MarkdownText.literal(statement.getReason()));
        SCAN_ATTACHED.on(values).set(statement.hasScan());
        return values;
    }
}
