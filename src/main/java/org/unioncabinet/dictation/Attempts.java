package org.unioncabinet.dictation;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.consent.ConsentKind;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.legal.LegalTextKind;
import org.unioncabinet.legal.LegalTexts;
import org.unioncabinet.registration.RegistrationJourney;
import org.unioncabinet.registry.MembershipCheck;

/**
 * The attempts: one per person per edition, started by the server's clock in one insert, answered question by
 * question until the deadline, scored from the record. The one place that starts and moves the attempt process.
 */
@Service
public class Attempts {

    private static final Logger log = LoggerFactory.getLogger(Attempts.class);

    /** An attempt as its member sees it; the score and award only once the results are due. */
    public record Attempt(UUID id, long editionId, Instant startedAt, Instant deadline, Instant finishedAt,
            Integer score, Integer maxScore, Award award) {

        public boolean isRunningAt(Instant now) {
            return finishedAt == null && now.isBefore(deadline);
        }

        public long secondsLeftAt(Instant now) {
            return isRunningAt(now) ? Math.max(0, (deadline.toEpochMilli() - now.toEpochMilli()) / 1000) : 0;
        }

        /** «12 из 30 баллов», once the results are out. */
        public String scoreText() {
            return Points.outOf(score, maxScore);
        }
    }

    /** How «Начать» ended. */
    public enum Start {
        STARTED, ALREADY_STARTED, NOT_OPEN_YET, CLOSED, NOT_ELIGIBLE, NO_CONSENT, TAKEN_IN_ANOTHER_CABINET, NO_EDITION
    }

    /** How saving an answer ended. */
    public enum Save {
        SAVED, TIME_UP, FINISHED, NOT_STARTED, INVALID
    }

    /** How saving an answer ended, and the attempt's deadline as the same statement read it (null: not started). */
    public record Saved(Save outcome, Instant deadline) {

        /** The time left for the page's countdown: none unless the answer was saved. */
        public long secondsLeftAt(Instant now) {
            return outcome == Save.SAVED ? Math.max(0, (deadline.toEpochMilli() - now.toEpochMilli()) / 1000) : 0;
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Editions editions;
    private final RuntimeService runtime;
    private final MembershipCheck registry;
    private final RegistrationJourney journey;
    private final Consents consents;
    private final LegalTexts legalTexts;

    Attempts(JdbcClient jdbc, Clock clock, Editions editions, RuntimeService runtime, MembershipCheck registry,
            RegistrationJourney journey, Consents consents, LegalTexts legalTexts) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.editions = editions;
        this.runtime = runtime;
        this.registry = registry;
        this.journey = journey;
        this.consents = consents;
        this.legalTexts = legalTexts;
    }

    /**
     * Whether the account may take part: a cabinet linked to the registry, or one whose signed application to join
     * waits for its primary organisation.
     */
    @Transactional(readOnly = true)
    public boolean isEligible(UUID accountId) {
        return registry.memberIdOf(accountId).isPresent() || isApplicant(accountId);
    }

    private boolean isApplicant(UUID accountId) {
        RegistrationJourney.Stage stage = journey.progress(accountId).stage();
        return stage == RegistrationJourney.Stage.MEMBER || stage == RegistrationJourney.Stage.APPLICATION_RECEIVED;
    }

    public boolean hasConsent(UUID accountId) {
        return consents.hasActive(accountId, ConsentKind.DICTATION);
    }

    /** Records the consent to take part, in its current version, unless the member holds it already. */
    @Transactional
    public void consent(UUID accountId) {
        consents.recordTicked(accountId, ConsentKind.DICTATION, legalTexts.current(LegalTextKind.DICTATION_CONSENT).getVersion());
    }

    /** «Начать» in the edition of this code. */
    @Transactional
    public Start start(UUID accountId, String editionCode) {
        Optional<Editions.Edition> found = editions.byCode(editionCode);
        return found.isEmpty() ? Start.NO_EDITION : start(accountId, found.get());
    }

    /**
     * «Начать»: the attempt is recorded with the server's time and deadline in one insert, and its process starts.
     * An attempt this cabinet has already is answered as such whatever else changed since; it is looked for only when
     * the start is refused, the insert meeting it otherwise (a herd of members presses «Начать» in the same minute).
     */
    @Transactional
    public Start start(UUID accountId, Editions.Edition edition) {
        Instant now = clock.instant();
        Optional<UUID> registryMember = registry.memberIdOf(accountId);
        Start refused = null;
        if (now.isBefore(edition.opensAt())) {
            refused = Start.NOT_OPEN_YET;
        } else if (!now.isBefore(edition.closesAt())) {
            refused = Start.CLOSED;
        } else if (registryMember.isEmpty() && !isApplicant(accountId)) {
            refused = Start.NOT_ELIGIBLE;
        } else if (!hasConsent(accountId)) {
            refused = Start.NO_CONSENT;
        }
        if (refused != null) {
            return of(accountId, edition.id()).isPresent() ? Start.ALREADY_STARTED : refused;
        }
        UUID person = registryMember.orElse(accountId);
        UUID id = UUID.randomUUID();
        // one statement: the start and the deadline by the same clock reading, and the edition's window checked
        // against it; a second attempt of the person (or of the cabinet) hits a unique index and inserts nothing
        Optional<Instant> deadline = jdbc.sql("""
                INSERT INTO app.dictation_attempt (id, edition_id, account_id, person_key, started_at, deadline)
                SELECT :id, e.id, :account, :person, CAST(:now AS timestamptz),
                       LEAST(CAST(:now AS timestamptz) + e.time_limit, e.closes_at)
                FROM app.dictation_edition e
                WHERE e.id = :edition AND e.opens_at <= CAST(:now AS timestamptz) AND e.closes_at > CAST(:now AS timestamptz)
                ON CONFLICT DO NOTHING
                RETURNING deadline
                """).param("id", id).param("account", accountId).param("person", person)
                .param("now", Timestamp.from(now)).param("edition", edition.id())
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
        if (deadline.isEmpty()) {
            return of(accountId, edition.id()).isPresent() ? Start.ALREADY_STARTED : Start.TAKEN_IN_ANOTHER_CABINET;
        }
        VariableMap variables = Variables.createVariables();
        DictationAttemptProcess.Variables.ATTEMPT_DEADLINE.on(variables).set(Date.from(deadline.get()));
        DictationAttemptProcess.Variables.RESULTS_AT.on(variables)
                .set(Date.from(edition.demo() ? now : edition.closesAt()));
        DictationAttemptProcess.Variables.AWARD_DECISION.on(variables).set(edition.awardDecision());
        runtime.startProcessInstanceByKey(DictationAttemptProcess.KEY, id.toString(), variables);
        log.info("Dictation attempt {} started in edition {}", id, edition.code());
        return Start.STARTED;
    }

    /** This cabinet's attempt in the edition (another cabinet of the same person sees none: it may not start one). */
    public Optional<Attempt> of(UUID accountId, long editionId) {
        return jdbc.sql("""
                SELECT id, edition_id, started_at, deadline, finished_at, score, max_score, award, awarded_at
                FROM app.dictation_attempt WHERE account_id = :account AND edition_id = :edition
                """).param("account", accountId).param("edition", editionId)
                .query((rs, row) -> {
                    boolean resultsOut = rs.getTimestamp("awarded_at") != null;
                    return new Attempt(rs.getObject("id", UUID.class), rs.getLong("edition_id"),
                            rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("deadline").toInstant(),
                            rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                            resultsOut ? (Integer) rs.getObject("score") : null,
                            resultsOut ? (Integer) rs.getObject("max_score") : null,
                            resultsOut ? Award.valueOf(rs.getString("award")) : null);
                }).optional();
    }

    /** The options the member chose so far, by question. */
    public Map<Long, Set<Long>> answers(UUID attemptId) {
        Map<Long, Set<Long>> answers = new HashMap<>();
        jdbc.sql("SELECT question_id, option_ids FROM app.dictation_answer WHERE attempt_id = :attempt")
                .param("attempt", attemptId).query((rs, row) -> {
                    answers.put(rs.getLong("question_id"), ids(rs.getArray("option_ids")));
                    return null;
                }).list();
        return answers;
    }

    /**
     * Saves the member's choice for one question, replacing the one before, while the attempt runs by the server's
     * clock. The options must be the question's own, one for a single choice. One statement finds the attempt by the
     * edition's code, checks the question and its options, saves and returns the deadline for the page's countdown:
     * atomic on its own, so no transaction around it.
     */
    public Saved save(UUID accountId, String editionCode, long questionId, List<Long> optionIds) {
        Set<Long> chosen = new LinkedHashSet<>(optionIds);
        Instant now = clock.instant();
        // FOR SHARE: a save waits for a «Завершить» or a timer that is closing the attempt, then sees it closed
        return jdbc.sql("""
                WITH attempt AS (
                    SELECT a.id, a.edition_id, a.deadline, a.finished_at FROM app.dictation_attempt a
                    JOIN app.dictation_edition e ON e.id = a.edition_id
                    WHERE e.code = :code AND a.account_id = :account
                    FOR SHARE OF a
                ), question AS (
                    SELECT q.id FROM app.dictation_question q JOIN attempt ON attempt.edition_id = q.edition_id
                    WHERE q.id = :question AND (q.multiple OR cardinality(CAST(:options AS bigint[])) = 1)
                      AND CAST(:options AS bigint[]) <@ array(SELECT o.id FROM app.dictation_option o WHERE o.question_id = q.id)
                ), saved AS (
                    INSERT INTO app.dictation_answer (attempt_id, question_id, option_ids, saved_at)
                    SELECT attempt.id, question.id, CAST(:options AS bigint[]), :now FROM attempt, question
                    WHERE attempt.finished_at IS NULL AND attempt.deadline > :now
                    ON CONFLICT (attempt_id, question_id)
                    DO UPDATE SET option_ids = EXCLUDED.option_ids, saved_at = EXCLUDED.saved_at
                    RETURNING attempt_id
                )
                SELECT attempt.deadline, attempt.finished_at, EXISTS (SELECT 1 FROM question) AS valid,
                       EXISTS (SELECT 1 FROM saved) AS saved
                FROM attempt
                """).param("code", editionCode).param("account", accountId).param("question", questionId)
                .param("options", chosen.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}")))
                .param("now", Timestamp.from(now))
                .query((rs, row) -> {
                    Instant deadline = rs.getTimestamp("deadline").toInstant();
                    Timestamp finishedAt = rs.getTimestamp("finished_at");
                    if (rs.getBoolean("saved")) {
                        return new Saved(Save.SAVED, deadline);
                    }
                    if (!rs.getBoolean("valid")) {
                        return new Saved(Save.INVALID, deadline);
                    }
                    return new Saved(finishedAt != null && finishedAt.toInstant().isBefore(deadline) ? Save.FINISHED
                            : Save.TIME_UP, deadline);
                }).optional().orElse(new Saved(Save.NOT_STARTED, null));
    }

    /**
     * «Завершить»: closes the attempt by the server's clock and tells its process. @return whether this call
     * finished it (false when the time was up or it was finished before)
     */
    @Transactional
    public boolean finish(UUID accountId, String editionCode) {
        Optional<UUID> closed = editions.byCode(editionCode).flatMap(edition -> jdbc.sql("""
                UPDATE app.dictation_attempt SET finished_at = :now
                WHERE account_id = :account AND edition_id = :edition AND finished_at IS NULL AND deadline > :now
                RETURNING id
                """).param("now", Timestamp.from(clock.instant())).param("account", accountId)
                .param("edition", edition.id()).query(UUID.class).optional());
        if (closed.isEmpty()) {
            return false;
        }
        try {
            runtime.createMessageCorrelation(DictationAttemptProcess.Messages.FINISHED)
                    .processInstanceBusinessKey(closed.get().toString()).correlate();
        } catch (MismatchingMessageCorrelationException timerFirst) {
            // the deadline's timer moved the process on at this very moment: it scores the attempt all the same
            log.info("Dictation attempt {} finished as its time ran out", closed.get());
        }
        return true;
    }

    /**
     * Scores the attempt from the record: every saved answer counts, a question scores its points when the chosen
     * options are exactly the correct ones. An attempt still open (its time ran out) is closed at its deadline.
     *
     * @return the score as a percent of the maximum, rounded down
     */
    @Transactional
    public int score(UUID attemptId) {
        jdbc.sql("UPDATE app.dictation_attempt SET finished_at = LEAST(deadline, :now) WHERE id = :id AND finished_at IS NULL")
                .param("now", Timestamp.from(clock.instant())).param("id", attemptId).update();
        int[] score = jdbc.sql("""
                WITH questions AS (
                    SELECT q.id, q.points,
                           array(SELECT o.id FROM app.dictation_option o WHERE o.question_id = q.id AND o.correct) AS correct
                    FROM app.dictation_question q JOIN app.dictation_attempt a ON a.edition_id = q.edition_id
                    WHERE a.id = :id)
                SELECT coalesce(sum(q.points) FILTER (WHERE ans.option_ids @> q.correct AND q.correct @> ans.option_ids), 0)
                           AS score,
                       coalesce(sum(q.points), 0) AS max_score
                FROM questions q
                LEFT JOIN app.dictation_answer ans ON ans.question_id = q.id AND ans.attempt_id = :id
                """).param("id", attemptId)
                .query((rs, row) -> new int[] {rs.getInt("score"), rs.getInt("max_score")}).single();
        jdbc.sql("UPDATE app.dictation_attempt SET score = :score, max_score = :max WHERE id = :id")
                .param("score", score[0]).param("max", score[1]).param("id", attemptId).update();
        return score[1] == 0 ? 0 : score[0] * 100 / score[1];
    }

    /** Writes the award the decision named; the results are out from here on. */
    @Transactional
    public void award(UUID attemptId, Award award) {
        jdbc.sql("UPDATE app.dictation_attempt SET award = :award, awarded_at = :now WHERE id = :id")
                .param("award", award.name()).param("now", Timestamp.from(clock.instant())).param("id", attemptId)
                .update();
    }

    /** What the result mail says, and to whom; empty when the cabinet was deleted meanwhile. */
    public record Result(UUID accountId, String editionTitle, int score, int maxScore, Award award) {
    }

    @Transactional(readOnly = true)
    public Optional<Result> result(UUID attemptId) {
        return jdbc.sql("""
                SELECT a.account_id, e.title, a.score, a.max_score, a.award FROM app.dictation_attempt a
                JOIN app.dictation_edition e ON e.id = a.edition_id
                WHERE a.id = :id AND a.account_id IS NOT NULL AND a.award IS NOT NULL
                """).param("id", attemptId)
                .query((rs, row) -> new Result(rs.getObject("account_id", UUID.class), rs.getString("title"),
                        rs.getInt("score"), rs.getInt("max_score"), Award.valueOf(rs.getString("award"))))
                .optional();
    }

    private static Set<Long> ids(Array array) throws java.sql.SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        for (Object id : (Object[]) array.getArray()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }
}
