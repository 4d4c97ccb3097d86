package org.unioncabinet.withdrawal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncabinet.forms.StepGuard;
import org.unioncabinet.reviewer.ReviewedProcess;
import org.unioncabinet.signing.SigningLimits;

/**
 * What the withdrawal adds to the application: reviewers may read its process definition in Tasklist
 * ({@link ReviewedProcess}), and «Подписать заявление» on the member's confirmation asks the signing limits before it
 * sends a code.
 */
@Configuration(proxyBeanMethods = false)
class WithdrawalSetup {

    @Bean
    ReviewedProcess withdrawalReviewedProcess() {
        return () -> ConsentWithdrawalProcess.KEY;
    }

    @Bean
    StepGuard withdrawalStatementSigning(SigningLimits limits) {
        return limits.newCodeOnSubmit(ConsentWithdrawalProcess.Forms.CONFIRM);
    }
}
