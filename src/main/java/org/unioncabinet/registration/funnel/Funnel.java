package org.unioncabinet.registration.funnel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.unioncabinet.registration.funnel.RegistrationSteps.Step;

/** The funnel's figures for one query, as the page, the CSV and the tests read them. */
public record Funnel(FunnelQuery query, long journeys, List<StepFigures> steps) {

    /**
     * One step: how many journeys reached it, wait there now, left there (by its exit), and the median and
     * 90th percentile of the time one visit took (finished visits only; a journey that loops back visits twice).
     */
    public record StepFigures(Step step, long reached, long waiting, long left, Duration median, Duration p90) {

        /** Bar length in per cent of the journeys counted, for the chart. */
        public long reachedPercent(long journeys) {
            return journeys == 0 ? 0 : Math.round(100.0 * reached / journeys);
        }
    }

    /** A primary organisation's applications waiting for review, and since when the oldest waits. */
    public record Backlog(long organisationId, String organisationName, String regionName, long waiting,
            Instant oldestSince) {

        public Duration oldestWait(Instant now) {
            return Duration.between(oldestSince, now);
        }
    }

    public Duration longestMedian() {
        return steps.stream().map(StepFigures::median).filter(Objects::nonNull)
                .max(Duration::compareTo).orElse(Duration.ZERO);
    }
}
