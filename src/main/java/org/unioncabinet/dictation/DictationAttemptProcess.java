package org.unioncabinet.dictation;

import static io.holunda.camunda.bpm.data.CamundaBpmData.dateVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.intVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.delegate.DelegateExecution;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * Names shared with {@code processes/dictation-attempt.bpmn}: one instance per attempt, business key = the attempt's
 * id. It holds the attempt's deadline and when its results are due (timers), the score share (the decision's input)
 * and the award the decision named; the answers, the correct options and the score stay in the record.
 */
public final class DictationAttemptProcess {

    public static final String KEY = "dictationAttempt";
    /** processes/dictation-award.dmn */
    public static final String AWARD_DECISION = "dictationAward";

    private DictationAttemptProcess() {
    }

    public static final class Messages {
        /** «Завершить». */
        public static final String FINISHED = "DictationAttemptFinished";

        private Messages() {
        }
    }

    public static final class Elements {
        public static final String STARTED = "startEvent_attemptStarted";
        public static final String FINISHED_OR_TIME_UP = "gateway_finishedOrTimeUp";
        public static final String FINISHED = "messageCatch_attemptFinished";
        public static final String TIME_UP = "timerCatch_attemptTimeUp";
        public static final String ATTEMPT_ENDED = "gateway_attemptEnded";
        public static final String SCORE = "serviceTask_scoreAttempt";
        public static final String RESULTS_DUE = "timerCatch_resultsDue";
        public static final String DECIDE_AWARD = "businessRuleTask_decideAward";
        public static final String RECORD_AWARD = "serviceTask_recordAward";
        public static final String SEND_RESULT = "serviceTask_sendResult";
        public static final String RESULT_SENT = "endEvent_resultSent";

        private Elements() {
        }
    }

    public static final class Variables {
        /** min(start + time limit, the edition's closing), by the server's clock at the start. */
        public static final VariableFactory<Date> ATTEMPT_DEADLINE = dateVariable("attemptDeadline");
        /** The edition's closing; for a demonstration edition the start, so results follow the attempt's end at once. */
        public static final VariableFactory<Date> RESULTS_AT = dateVariable("resultsAt");
        /** The id of the edition's award decision (a DMN deployed with this process), read by «Определить награду». */
        public static final VariableFactory<String> AWARD_DECISION = stringVariable("awardDecision");
        /** Percent of the maximum score, rounded down: the award decision's input. */
        public static final VariableFactory<Integer> SCORE_SHARE = intVariable("scoreShare");
        /** The award the decision named: checked against {@link Award} before it reaches the record. */
        public static final VariableFactory<String> AWARD = stringVariable("award");

        private Variables() {
        }
    }

    public static UUID attemptId(DelegateExecution execution) {
        return UUID.fromString(execution.getProcessBusinessKey());
    }
}
