package org.unioncabinet.signing;

import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Names shared with {@code processes/document-signing.bpmn}, the reusable signing sub-process. It is
 * called with the member's business key and {@code documentBatchId}, and hands back {@code signingOutcome}.
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
        public static final String CODE_EXPIRED_END = "endEvent_signingCodeExpired";
        public static final String VERIFY_CODE = "serviceTask_verifySigningCode";
        public static final String SIGNED_END = "endEvent_documentsSigned";
        public static final String EXHAUSTED_END = "endEvent_signingAttemptsExhausted";
        public static final String EXPIRED_ON_ENTRY_END = "endEvent_signingCodeExpiredOnEntry";

        private Elements() {
        }
    }

    public static final class Variables {
        /** In: the documents to sign. */
        public static final String DOCUMENT_BATCH_ID = "documentBatchId";
        /** In: ФИО for the stamp on the signed documents. */
        public static final String SIGNER_NAME = "signerName";
        /** From the form «Код подтверждения»; removed as soon as it is checked. */
        public static final String CONFIRMATION_CODE = "confirmationCode";
        /** The last check: {@link CodeCheck} name. */
        public static final String CODE_CHECK = "codeCheck";
        public static final String CODE_ATTEMPTS_LEFT = "codeAttemptsLeft";
        /** Out: SIGNED, EXHAUSTED or EXPIRED. */
        public static final String SIGNING_OUTCOME = "signingOutcome";

        private Variables() {
        }
    }

    public static UUID accountId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }

    public static UUID batchId(DelegateExecution execution) {
        return UUID.fromString((String) execution.getVariable(Variables.DOCUMENT_BATCH_ID));
    }
}
