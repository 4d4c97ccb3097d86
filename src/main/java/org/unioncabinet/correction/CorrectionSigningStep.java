package org.unioncabinet.correction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncabinet.forms.StepGuard;
import org.unioncabinet.signing.SigningLimits;

/** «Подписать документы» on the statement mails a code: the portal asks the signing limits first. */
@Configuration(proxyBeanMethods = false)
class CorrectionSigningStep {

    @Bean
    StepGuard correctionDocumentsSigning(SigningLimits limits) {
        return limits.newCodeOnSubmit(PersonalDataCorrectionProcess.Forms.DOCUMENTS_REVIEW);
    }
}
