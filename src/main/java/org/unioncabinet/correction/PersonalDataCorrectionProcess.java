package org.unioncabinet.correction;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.uuidVariable;

import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.unioncabinet.reviewer.ReviewTaskLabels;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.system.TextVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The one place that names what {@code processes/personal-data-correction.bpmn} and the Java side share: «Заявление
 * об изменении персональных данных», filled, signed by code, reviewed by the member's primary organisation in Tasklist
 * and, once approved, applied to the registry record. The business key is the member's account id; the statement's
 * row ({@link CorrectionStatement}) holds what the member asked for and the decision, the process only its id.
 */
public final class PersonalDataCorrectionProcess {

    public static final String KEY = "personalDataCorrection";

    private PersonalDataCorrectionProcess() {
    }

    /** The primary organisation's decision, as the review form's options and the gateway say it. */
    public enum Decision {
        APPROVE("approve"), REJECT("reject");

        private final String value;

        Decision(String value) {
            this.value = value;
        }

        public String value() {
            return value;
        }
    }

    public static final class Messages {
        /** «Изменить данные» on the statement's document. */
        public static final String CHANGE_REQUESTED = "CorrectionChangeRequested";
        /** «Отменить заявление» on the statement's form. */
        public static final String WITHDRAWN = "CorrectionWithdrawn";

        private Messages() {
        }
    }

    public static final class Forms {
        /** «Заявление об изменении персональных данных» (forms/correction-statement.form). */
        public static final String STATEMENT = "correctionStatement";
        /** «Проверка заявления» (forms/correction-documents-review.form): the member reads the PDF and signs. */
        public static final String DOCUMENTS_REVIEW = "correctionDocumentsReview";
        /** The reviewer's form in Tasklist (forms/correction-statement-review.form). */
        public static final String REVIEW = "correctionStatementReview";

        private Forms() {
        }
    }

    public static final class Elements {
        public static final String STARTED = "startEvent_correctionStarted";
        public static final String ENTER_STATEMENT = "userTask_enterCorrectionStatement";
        public static final String WITHDRAWN_BOUNDARY = "messageBoundary_correctionWithdrawn";
        public static final String WITHDRAW = "serviceTask_withdrawCorrection";
        public static final String WITHDRAWN_END = "endEvent_correctionWithdrawn";
        public static final String PREPARE_DOCUMENTS = "serviceTask_prepareCorrectionDocuments";
        public static final String REVIEW_DOCUMENTS = "userTask_reviewCorrectionDocuments";
        public static final String CHANGE_REQUESTED = "messageBoundary_correctionChangeRequested";
        public static final String SIGN_DOCUMENTS = "callActivity_signCorrectionDocuments";
        public static final String DOCUMENTS_SIGNED = "gateway_correctionDocumentsSigned";
        public static final String SUBMIT = "serviceTask_submitCorrectionStatement";
        public static final String NOTIFY_REVIEWERS = "serviceTask_notifyCorrectionReviewers";
        public static final String REVIEW = "userTask_reviewCorrectionStatement";
        public static final String REMINDER_TIMER = "timerBoundary_correctionReviewReminder";
        public static final String REMIND_REVIEWERS = "serviceTask_remindCorrectionReviewers";
        public static final String REVIEWERS_REMINDED = "endEvent_correctionReviewersReminded";
        public static final String ESCALATION_TIMER = "timerBoundary_correctionReviewEscalation";
        public static final String ESCALATE = "serviceTask_escalateCorrectionReview";
        public static final String ESCALATED = "endEvent_correctionReviewEscalated";
        public static final String APPROVED_GATEWAY = "gateway_correctionApproved";
        public static final String APPLY = "serviceTask_applyCorrection";
        public static final String NOTIFY_APPROVAL = "serviceTask_notifyCorrectionApproval";
        public static final String APPROVED_END = "endEvent_correctionApproved";
        public static final String NOTIFY_REJECTION = "serviceTask_notifyCorrectionRejection";
        public static final String REJECTED_END = "endEvent_correctionRejected";

        private Elements() {
        }
    }

    /** The member's own steps: the portal shows these, assigned to the member. */
    public static final Set<String> MEMBER_STEPS = Set.of(Elements.ENTER_STATEMENT, Elements.REVIEW_DOCUMENTS);

    /** What the process holds: the statement's id, its documents, who reviews, and the decision that routes it. */
    public static final class Variables {
        /** The statement (its row holds every field, the scan and the decision). */
        public static final VariableFactory<UUID> STATEMENT_ID = uuidVariable("correctionStatementId");
        /** The documents to sign, handed to the signing sub-process. */
        public static final VariableFactory<UUID> DOCUMENT_BATCH_ID = DocumentSigningProcess.Variables.DOCUMENT_BATCH_ID;
        /** The statement's PDF, which the member's review form links to. */
        public static final VariableFactory<UUID> DOCUMENT_ID = uuidVariable("correctionStatementDocumentId");
        /** Handed back by the call activity. */
        public static final TextVariable<DocumentSigningProcess.Outcome> SIGNING_OUTCOME =
                DocumentSigningProcess.Variables.SIGNING_OUTCOME;
        /** The candidate group of the review task ({@code ${reviewerGroup}}). */
        public static final VariableFactory<String> REVIEWER_GROUP = stringVariable("reviewerGroup");
        public static final VariableFactory<String> ESCALATION_GROUP = stringVariable("escalationGroup");
        /** From the review form in Tasklist; the gateway routes on it. */
        public static final TextVariable<Decision> DECISION =
                TextVariable.enumByValue("decision", Decision.class, Decision::value);
        /** From the same form, on its way to the statement's row; checked, recorded and removed on completion. */
        public static final TextVariable<String> REJECTION_REASON = TextVariable.plain("rejectionReason");

        // the review task's own labels (task-local, gone with the task)
        public static final VariableFactory<String> APPLICANT_NAME_LABEL = ReviewTaskLabels.APPLICANT_NAME;
        public static final VariableFactory<String> SCHOOL_LABEL = ReviewTaskLabels.SCHOOL;
        public static final VariableFactory<String> SUBMITTED_AT_LABEL = ReviewTaskLabels.SUBMITTED_AT;
        public static final VariableFactory<String> DEADLINE_LABEL = ReviewTaskLabels.DEADLINE;

        private Variables() {
        }
    }

    /** What the reviewer's form may set; the rest of the task must stay as it was. */
    public static final Set<String> REVIEW_ANSWER = Set.of(Variables.DECISION.getName(),
            Variables.REJECTION_REASON.getName());

    /** The member's account, from the business key. */
    public static UUID accountId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }
}
