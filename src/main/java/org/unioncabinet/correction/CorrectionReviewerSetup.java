package org.unioncabinet.correction;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.reviewer.ReviewerStartupLock;

/**
 * At start-up: reviewers may read the correction process's definition, so Tasklist opens the review task's form. The
 * filter «Заявления моей организации» lists the task already: it shows every task of the reviewer's groups.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class CorrectionReviewerSetup implements ApplicationRunner {

    private final ReviewerGroups groups;
    private final ReviewerStartupLock startupLock;

    CorrectionReviewerSetup(ReviewerGroups groups, ReviewerStartupLock startupLock) {
        this.groups = groups;
        this.startupLock = startupLock;
    }

    @Override
    public void run(ApplicationArguments args) {
        startupLock.run(() -> groups.grantShared(Resources.PROCESS_DEFINITION, PersonalDataCorrectionProcess.KEY,
                Permissions.READ));
    }
}
