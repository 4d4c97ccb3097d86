package org.unioncabinet.withdrawal;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.uuidVariable;

import java.util.Date;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.system.TextVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * Names shared with {@code processes/consent-withdrawal.bpmn}: the withdrawal of the personal-data consent, from the
 * member's statement to the organisation's answer and the confirmed destruction. Business key: the account id. The
 * statement and everything said about it live in {@code consent_withdrawal}; the process holds its id, the groups that
 * answer, and the terms its timers wait for (computed from the signing time and the production calendar, and kept on
 * the row too, where the member reads them).
 */
public final class ConsentWithdrawalProcess {

    public static final String KEY = "consentWithdrawal";

    private ConsentWithdrawalProcess() {
    }

    public static final class Messages {
        /** «Не отзывать согласие» beside the member's confirmation. */
        public static final String CANCELLED = "ConsentWithdrawalCancelled";

        private Messages() {
        }
    }

    public static final class Elements {
        public static final String PREPARE_STATEMENT = "serviceTask_prepareWithdrawalStatement";
        public static final String CONFIRM = "userTask_confirmWithdrawal";
        public static final String CANCELLED_BOUNDARY = "messageBoundary_withdrawalCancelled";
        public static final String CANCEL = "serviceTask_cancelWithdrawal";
        public static final String CANCELLED_END = "endEvent_withdrawalCancelled";
        public static final String SIGN = "callActivity_signWithdrawalStatement";
        public static final String RECORD = "serviceTask_recordWithdrawal";
        public static final String NOTIFY_RECEIVED = "serviceTask_notifyWithdrawalReceived";
        public static final String DESTROY_WITHOUT_ORGANISATION = "serviceTask_destroyWithoutOrganisation";
        public static final String NOTIFY_ORGANISATION = "serviceTask_notifyWithdrawalOrganisation";
        public static final String ANSWER = "userTask_answerWithdrawal";
        public static final String ANSWER_REMINDER = "timerBoundary_answerReminder";
        public static final String ANSWER_OVERDUE = "timerBoundary_answerOverdue";
        public static final String REMIND_ANSWER = "serviceTask_remindAnswer";
        public static final String ESCALATE_ANSWER = "serviceTask_escalateAnswer";
        public static final String NOTIFY_ANSWERED = "serviceTask_notifyWithdrawalAnswered";
        public static final String CONFIRM_DESTRUCTION = "userTask_confirmDestruction";
        public static final String DESTRUCTION_REMINDER = "timerBoundary_destructionReminder";
        public static final String DESTRUCTION_OVERDUE = "timerBoundary_destructionOverdue";
        public static final String REMIND_DESTRUCTION = "serviceTask_remindDestruction";
        public static final String ESCALATE_DESTRUCTION = "serviceTask_escalateDestruction";
        public static final String NOTIFY_COMPLETED = "serviceTask_notifyWithdrawalCompleted";
        public static final String COMPLETED_END = "endEvent_withdrawalCompleted";

        private Elements() {
        }
    }

    /** The Camunda Forms: the member's confirmation, the organisation's answer and its confirmation of destruction. */
    public static final class Forms {
        public static final String CONFIRM = "consentWithdrawalConfirm";
        public static final String ANSWER = "consentWithdrawalAnswer";
        public static final String DESTRUCTION = "consentWithdrawalDestruction";

        private Forms() {
        }
    }

    /** The member's own step (signing by code is the signing process's). */
    public static final Set<String> MEMBER_STEPS = Set.of(Elements.CONFIRM);

    public static final class Variables {
        public static final VariableFactory<UUID> WITHDRAWAL_ID = uuidVariable("withdrawalId");
        /** Handed to the signing sub-process. */
        public static final VariableFactory<UUID> DOCUMENT_BATCH_ID = DocumentSigningProcess.Variables.DOCUMENT_BATCH_ID;
        /** The statement the confirmation form links to. */
        public static final VariableFactory<UUID> STATEMENT_DOCUMENT_ID = uuidVariable("statementDocumentId");
        /** From the signing sub-process; the confirmation form says why a new code is needed. */
        public static final TextVariable<DocumentSigningProcess.Outcome> SIGNING_OUTCOME =
                DocumentSigningProcess.Variables.SIGNING_OUTCOME;
        /** Whether a primary organisation holds the member's data and answers; false: the cabinet answers alone. */
        public static final VariableFactory<Boolean> HAS_ORGANISATION = booleanVariable("hasOrganisation");
        public static final VariableFactory<String> REVIEWER_GROUP = stringVariable("reviewerGroup");
        public static final VariableFactory<String> ESCALATION_GROUP = stringVariable("escalationGroup");
        public static final VariableFactory<Date> ANSWER_REMINDER_AT = dateVariable("answerReminderAt");
        public static final VariableFactory<Date> ANSWER_DUE_AT = dateVariable("answerDueAt");
        public static final VariableFactory<Date> DESTRUCTION_REMINDER_AT = dateVariable("destructionReminderAt");
        public static final VariableFactory<Date> DESTRUCTION_DUE_AT = dateVariable("destructionDueAt");
        /** The answer: what was destroyed. Removed once recorded on the row. */
        public static final TextVariable<String> DESTROYED_DATA = TextVariable.plain("destroyedData");
        /** The answer: what is kept, and why. Removed once recorded on the row. */
        public static final TextVariable<String> KEPT_DATA = TextVariable.plain("keptData");
        public static final TextVariable<KeptBasis> KEPT_BASIS =
                TextVariable.enumByValue("keptBasis", KeptBasis.class, KeptBasis::value);
        /** The destruction confirmed. */
        public static final VariableFactory<Boolean> DESTRUCTION_DONE = booleanVariable("destructionDone");
        public static final TextVariable<String> DESTRUCTION_NOTE = TextVariable.plain("destructionNote");

        private Variables() {
        }
    }

    /** What the reviewer's answer may set: everything else of the task is compared with its snapshot. */
    static final Set<String> ANSWER = Set.of(Variables.DESTROYED_DATA.getName(), Variables.KEPT_DATA.getName(),
            Variables.KEPT_BASIS.getName());
    static final Set<String> DESTRUCTION_ANSWER = Set.of(Variables.DESTRUCTION_DONE.getName(),
            Variables.DESTRUCTION_NOTE.getName());

    public static UUID accountId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }
}
