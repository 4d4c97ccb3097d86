package org.unioncabinet.dictation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Подсчитать баллы»: from the record, every saved answer counted. */
@Component("scoreAttemptDelegate")
public class ScoreAttemptDelegate implements JavaDelegate {

    private final Attempts attempts;

    public ScoreAttemptDelegate(Attempts attempts) {
        this.attempts = attempts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        int share = attempts.score(DictationAttemptProcess.attemptId(execution));
        DictationAttemptProcess.Variables.SCORE_SHARE.on(execution).set(share);
    }
}
