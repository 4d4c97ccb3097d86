package org.unioncabinet.dictation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Points as members read them: the word agrees with the number, and after «из» with the maximum. */
class PointsTest {

    @ParameterizedTest
    @CsvSource({"1, 1 балл", "2, 2 балла", "4, 4 балла", "5, 5 баллов", "11, 11 баллов", "12, 12 баллов",
            "14, 14 баллов", "21, 21 балл", "22, 22 балла", "100, 100 баллов", "101, 101 балл", "111, 111 баллов"})
    void aNumberOfPoints(int points, String text) {
        assertThat(Points.of(points)).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource({"12, 30, 12 из 30 баллов", "20, 21, 20 из 21 балла", "1, 1, 1 из 1 балла", "3, 11, 3 из 11 баллов",
            "0, 2, 0 из 2 баллов", "50, 101, 50 из 101 балла"})
    void aScoreOutOfTheMaximum(int score, int max, String text) {
        assertThat(Points.outOf(score, max)).isEqualTo(text);
    }
}
