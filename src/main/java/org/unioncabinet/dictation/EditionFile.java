package org.unioncabinet.dictation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** An edition as an imported file describes it, checked: what {@link DictationImport} writes. */
record EditionFile(String code, String title, Instant opensAt, Instant closesAt, Duration timeLimit, boolean demo,
        List<Question> questions) {

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

    /** The same content gives the same text, whatever the file's spacing or line ends: what makes imports idempotent. */
    String canonical() {
        return toString();
    }
}
