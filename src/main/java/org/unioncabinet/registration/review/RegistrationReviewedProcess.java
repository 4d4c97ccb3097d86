package org.unioncabinet.registration.review;

import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.reviewer.ReviewedProcess;

/** Reviewers decide join applications in Tasklist: they may read the registration's definition. */
@Component
class RegistrationReviewedProcess implements ReviewedProcess {

    @Override
    public String processKey() {
        return RegistrationProcess.KEY;
    }
}
