package org.unioncabinet.registration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncabinet.forms.StepGuard;
import org.unioncabinet.registration.joining.JoinApplicationForm;
import org.unioncabinet.registration.ticket.ConsentDocuments;
import org.unioncabinet.signing.SigningLimits;

/**
 * «Подписать документы» on the documents of either variant completes the step that starts signing, which mails a
 * new code: the first time, and again after five wrong codes or an expired code. The portal asks the signing limits
 * before it completes the step, so a refused click is a message at the form, never a failing job.
 */
@Configuration(proxyBeanMethods = false)
class SigningSteps {

    @Bean
    StepGuard consentDocumentsSigning(SigningLimits limits) {
        return limits.newCodeOnSubmit(ConsentDocuments.REVIEW_FORM_ID);
    }

    @Bean
    StepGuard joinDocumentsSigning(SigningLimits limits) {
        return limits.newCodeOnSubmit(JoinApplicationForm.DOCUMENTS_REVIEW_ID);
    }
}
