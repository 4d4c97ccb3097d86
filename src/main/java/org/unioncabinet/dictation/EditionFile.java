package org.unioncabinet.dictation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An edition as an imported file describes it, checked: what {@link DictationImport} writes. */
record EditionFile(String code, String title, Instant opensAt, Instant closesAt, Duration timeLimit, boolean demo,
        String awardDecision, List<Question> questions) {

    EditionFile {
        questions = List.copyOf(questions);
    }

    record Question(int position, String text, String topic, int points, List<Option> options) {

        Question {
            options = List.copyOf(options);
        }

        /** More than one correct option: the member may choose several (check boxes instead of radio buttons). */
        boolean multiple() {
            return options.stream().filter(Option::correct).count() > 1;
        }
    }

    record Option(String text, boolean correct) {
    }

    /**
     * The same content gives the same text, whatever the file's spacing or line ends: what makes imports idempotent.
     * A file that names no award decision reads as it did before editions named one, so importing an edition taken
     * before that stays «не изменился» instead of being refused for its attempts.
     */
    String canonical() {
        return "EditionFile[code=" + code + ", title=" + title + ", opensAt=" + opensAt + ", closesAt=" + closesAt
                + ", timeLimit=" + timeLimit + ", demo=" + demo
                + (DictationCsv.DEFAULT_AWARD_DECISION.equals(awardDecision) ? "" : ", awardDecision=" + awardDecision)
                + ", questions=" + questions + "]";
    }
}
