package org.unioncabinet.signing;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.forms.StepGuard;

/**
 * «Код подтверждения»: «Подписать» only within the member's budget of wrong codes (refused before the code is
 * checked), «Отправить код повторно» only within it and the limit of code mails.
 */
@Component
class SigningCodeStep implements StepGuard {

    private final SigningLimits limits;

    SigningCodeStep(SigningLimits limits) {
        this.limits = limits;
    }

    @Override
    public String formId() {
        return DocumentSigningProcess.CODE_FORM;
    }

    @Override
    public Optional<String> beforeSubmit(UUID accountId, String clientAddress) {
        return limits.refuseCodeEntry(accountId);
    }

    @Override
    public Optional<String> notice(UUID accountId) {
        return limits.refuseCodeEntry(accountId);
    }

    @Override
    public Optional<String> beforeAction(UUID accountId, String message, String clientAddress) {
        return DocumentSigningProcess.Messages.SIGNING_CODE_REQUESTED.equals(message)
                ? limits.takeNewCode(accountId, clientAddress) : Optional.empty();
    }
}
