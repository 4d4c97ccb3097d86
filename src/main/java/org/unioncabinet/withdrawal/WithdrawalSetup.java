package org.unioncabinet.withdrawal;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.unioncabinet.forms.StepGuard;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.reviewer.ReviewerStartupLock;
import org.unioncabinet.signing.SigningLimits;

/**
 * What the withdrawal adds to the application: reviewers may read its process definition in Tasklist (granted at
 * start-up), and «Подписать заявление» on the member's confirmation asks the signing limits before it sends a code.
 */
@Configuration(proxyBeanMethods = false)
class WithdrawalSetup {

    @Bean
    ApplicationRunner withdrawalReviewerPermissions(ReviewerGroups groups, ReviewerStartupLock startupLock) {
        return (ApplicationArguments args) -> startupLock.run(() -> groups.grantShared(
                Resources.PROCESS_DEFINITION, ConsentWithdrawalProcess.KEY, Permissions.READ));
    }

    @Bean
    StepGuard withdrawalStatementSigning(SigningLimits limits) {
        return limits.newCodeOnSubmit(ConsentWithdrawalProcess.Forms.CONFIRM);
    }
}
