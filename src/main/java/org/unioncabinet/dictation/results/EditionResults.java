package org.unioncabinet.dictation.results;

import java.util.List;
import java.util.Map;

import org.unioncabinet.dictation.Award;
import org.unioncabinet.dictation.Editions.Edition;

/**
 * The analysts' figures of one edition, as the page and the tests read them.
 *
 * @param participants attempts started
 * @param finished attempts ended, by «Завершить» or at their deadline
 * @param awarded attempts whose results are out (the award written at the edition's closing)
 * @param awards how many of each award, in the order of {@link Award}
 * @param distribution finished attempts by score, from 0 to the maximum
 * @param regions mean score per region of the member's organisation, the unknown last
 * @param organisations mean score per primary organisation, most participants first, the unknown last
 * @param topics the share of correct answers per topic, among finished attempts
 */
public record EditionResults(Edition edition, long participants, long finished, long awarded,
        Map<Award, Long> awards, List<ScoreBar> distribution, List<GroupMean> regions,
        List<GroupMean> organisations, boolean organisationsCut, List<TopicShare> topics) {

    /** Finished attempts whose score lies in {@code [from, to]}. */
    public record ScoreBar(int from, int to, long attempts) {

        public String label() {
            return from == to ? String.valueOf(from) : from + "–" + to;
        }

        /** Bar length in per cent of the tallest bar. */
        public long percentOf(long tallest) {
            return tallest == 0 ? 0 : Math.round(100.0 * attempts / tallest);
        }
    }

    /**
     * A region's or a primary organisation's attempts; {@code name} null where the member's organisation is not
     * known in the directory. The means are of finished attempts, null when none has finished.
     */
    public record GroupMean(String name, String region, long participants, long finished, Double meanScore,
            Double meanPercent) {
    }

    /** Answers given to the topic's questions in finished attempts (an unanswered question counts as wrong). */
    public record TopicShare(String topic, long questions, long answers, long correct) {

        public long correctPercent() {
            return answers == 0 ? 0 : Math.round(100.0 * correct / answers);
        }
    }

    public long tallestBar() {
        return distribution.stream().mapToLong(ScoreBar::attempts).max().orElse(0);
    }
}
