package org.unioncabinet.dictation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** processes/dictation-award.dmn alone: each band's edges, and only names the record knows. */
class DictationAwardDecisionTest {

    static DmnEngine dmn;
    static DmnDecision decision;

    @BeforeAll
    static void readTheTable() throws IOException {
        dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream table = Files.newInputStream(Path.of("processes/dictation-award.dmn"))) {
            decision = dmn.parseDecision(DictationAttemptProcess.AWARD_DECISION, table);
        }
    }

    @ParameterizedTest(name = "{0} % → {1}")
    @CsvSource({"100, Диплом I степени", "90, Диплом I степени", "89, Диплом II степени", "75, Диплом II степени",
            "74, Диплом III степени", "50, Диплом III степени", "49, Сертификат участника", "0, Сертификат участника"})
    void eachShareGetsItsAward(int share, String award) {
        String named = dmn.evaluateDecisionTable(decision, Map.of("scoreShare", share)).getSingleResult()
                .getSingleEntry();

        assertThat(named).isEqualTo(award);
        assertThat(Award.named(named)).isPresent();
    }

    @Test
    void everyAwardTheTableGivesIsOneTheRecordKnows() {
        for (int share = 0; share <= 100; share++) {
            String named = dmn.evaluateDecisionTable(decision, Map.of("scoreShare", share)).getSingleResult()
                    .getSingleEntry();
            assertThat(Award.named(named)).as(share + " %").isPresent();
        }
        assertThat(Arrays.stream(Award.values()).map(Award::label))
                .containsExactly("Диплом I степени", "Диплом II степени", "Диплом III степени", "Сертификат участника");
    }
}
