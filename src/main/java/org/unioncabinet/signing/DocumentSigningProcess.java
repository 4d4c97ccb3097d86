package org.unioncabinet.signing;

import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.uuidVariable;

import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.unioncabinet.system.TextVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * Names shared with {@code processes/document-signing.bpmn}, the reusable signing sub-process. It is
 * called with the member's business key and {@code documentBatchId}, and hands back {@code signingOutcome}.
 * Its variables are read and written only through the typed names below.
 */
public final class DocumentSigningProcess {

    public static final String KEY = "documentSigning";

    private DocumentSigningProcess() {
    }

    public static final class Messages {
        /** «Отправить код повторно». */
        public static final String SIGNING_CODE_REQUESTED = "SigningCodeRequested";

        private Messages() {
        }
    }

    public static final class Elements {
        public static final String SEND_CODE = "serviceTask_sendSigningCode";
        public static final String ENTER_CODE = "userTask_enterSigningCode";
        public static final String CODE_REQUESTED = "messageBoundary_signingCodeRequested";
        public static final String CODE_LIFETIME_TIMER = "timerBoundary_signingCodeExpired";
        public static final String EXPIRE_CODE = "serviceTask_expireSigningCode";
        /** «Код истёк»: the code's lifetime ran out, whether the timer saw it first or the check of a late code. */
        public static final String CODE_EXPIRED_END = "endEvent_signingCodeExpired";
        public static final String VERIFY_CODE = "serviceTask_verifySigningCode";
        public static final String SIGNED_END = "endEvent_documentsSigned";
        public static final String EXHAUSTED_END = "endEvent_signingAttemptsExhausted";

        private Elements() {
        }
    }

    /** The Camunda Form of «Ввод кода подтверждения» (forms/signing-code.form). */
    public static final String CODE_FORM = "signingCode";

    /** The member's own step: «Код подтверждения». */
    public static final Set<String> MEMBER_STEPS = Set.of(Elements.ENTER_CODE);

    public static final class Variables {
        /** In: the documents to sign. */
        public static final VariableFactory<UUID> DOCUMENT_BATCH_ID = uuidVariable("documentBatchId");
        /** From the form «Код подтверждения»; removed as soon as it is checked. */
        public static final VariableFactory<String> CONFIRMATION_CODE = stringVariable("confirmationCode");
        /** The last check; the form shows its message. */
        public static final TextVariable<CodeCheck.Result> CODE_CHECK =
                TextVariable.enumByName("codeCheck", CodeCheck.Result.class);
        public static final VariableFactory<Integer> CODE_ATTEMPTS_LEFT = intVariable("codeAttemptsLeft");
        /** Out: how signing ended, compared by the calling diagrams' gateways. */
        public static final TextVariable<Outcome> SIGNING_OUTCOME = TextVariable.enumByName("signingOutcome", Outcome.class);

        private Variables() {
        }
    }

    /** How signing ended. */
    public enum Outcome {
        /** The right code: the documents are signed. */
        SIGNED,
        /** Too many wrong codes: the code is void. */
        EXHAUSTED,
        /** The code's lifetime passed, before or at its entry. */
        EXPIRED
    }

    public static UUID accountId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }
}
