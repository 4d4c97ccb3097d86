package org.unioncabinet.correction;

import org.springframework.stereotype.Component;
import org.unioncabinet.reviewer.ReviewedProcess;

/** Reviewers decide correction statements in Tasklist: they may read the process's definition. */
@Component
class CorrectionReviewedProcess implements ReviewedProcess {

    @Override
    public String processKey() {
        return PersonalDataCorrectionProcess.KEY;
    }
}
