package org.unioncabinet.dictation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Service task «Записать награду»: the award the decision table named reaches the record only if it is one of the
 * known awards; anything else (a table changed in Modeler with a misspelt name) stops here as an incident for Cockpit.
 * The award comes with its certificate, in the same transaction: results and certificate are out together.
 */
@Component("recordAwardDelegate")
public class RecordAwardDelegate implements JavaDelegate {

    private final Attempts attempts;
    private final Certificates certificates;

    public RecordAwardDelegate(Attempts attempts, Certificates certificates) {
        this.attempts = attempts;
        this.certificates = certificates;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String named = DictationAttemptProcess.Variables.AWARD.from(execution).getOptional().orElse(null);
        Award award = Award.named(named).orElseThrow(() -> new IllegalStateException("The award decision named «"
                + named + "», which is not one of " + java.util.Arrays.toString(Award.values())));
        attempts.award(DictationAttemptProcess.attemptId(execution), award);
        certificates.issue(DictationAttemptProcess.attemptId(execution));
    }
}
