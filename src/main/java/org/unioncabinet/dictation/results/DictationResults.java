package org.unioncabinet.dictation.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.dictation.Award;
import org.unioncabinet.dictation.Editions;
import org.unioncabinet.dictation.Editions.Edition;
import org.unioncabinet.dictation.results.EditionResults.GroupMean;
import org.unioncabinet.dictation.results.EditionResults.ScoreBar;
import org.unioncabinet.dictation.results.EditionResults.TopicShare;

/**
 * The analysts' results of «Профсоюзный диктант», read with SQL from the record: counts and means over every attempt
 * of an edition are one aggregate in PostgreSQL. Where an attempt's member belongs is not recorded with the attempt;
 * it is read now, as {@link #PLACED} says, so a member whose organisation the directory does not know is counted as
 * «организация не указана».
 */
@Service
@Transactional(readOnly = true)
public class DictationResults {

    /** The page lists this many primary organisations at most; the CSV has every attempt. */
    static final int ORGANISATIONS_SHOWN = 200;
    /** The score distribution has at most this many bars: one per score up to it, ranges of scores beyond. */
    static final int MAX_BARS = 25;

    /**
     * Every attempt of the editions {@code :editions} with the region and the primary organisation of its member:
     * the school the registry names (by its full or short name, when exactly one school of the directory has that
     * name, as {@code OrganisationSearch.schoolNamed} reads it) with that school's primary organisation; else, for a
     * cabinet not linked to the registry, the school and the primary organisation chosen in its latest join
     * application. Either may be null.
     */
    static final String PLACED = """
            WITH attempt AS (
                SELECT a.id, a.edition_id, a.account_id, a.person_key, a.started_at, a.finished_at, a.score,
                       a.max_score, a.award, a.awarded_at
                FROM app.dictation_attempt a WHERE a.edition_id IN (:editions)
            ), registry_school AS (
                SELECT a.id AS attempt_id, min(s.id) AS school_id
                FROM attempt a
                JOIN app.registry_member m ON m.id = a.person_key
                JOIN app.educational_organisation s
                  ON s.full_name = btrim(m.educational_organisation) OR s.short_name = btrim(m.educational_organisation)
                GROUP BY a.id
                HAVING count(DISTINCT s.id) = 1
            ), placed AS (
                SELECT a.*,
                       coalesce(rs.region_id, js.region_id) AS region_id,
                       CASE WHEN rs.id IS NOT NULL THEN rs.primary_organisation_id ELSE ja.primary_organisation_id END
                           AS primary_organisation_id
                FROM attempt a
                LEFT JOIN registry_school r ON r.attempt_id = a.id
                LEFT JOIN app.educational_organisation rs ON rs.id = r.school_id
                LEFT JOIN LATERAL (SELECT j.educational_organisation_id, j.primary_organisation_id
                                   FROM app.join_application j WHERE j.account_id = a.account_id
                                   ORDER BY j.submitted_at DESC LIMIT 1) ja ON r.school_id IS NULL
                LEFT JOIN app.educational_organisation js ON js.id = ja.educational_organisation_id
            )
            """;

    /** The mean of finished attempts, in points and in per cent of their maximum. */
    private static final String MEANS = """
            count(*) AS participants, count(p.finished_at) AS finished,
            avg(p.score) FILTER (WHERE p.finished_at IS NOT NULL) AS mean_score,
            avg(100.0 * p.score / nullif(p.max_score, 0)) FILTER (WHERE p.finished_at IS NOT NULL) AS mean_percent
            """;

    /** An edition as the list shows it. */
    public record EditionRow(String code, String title, Instant opensAt, Instant closesAt, boolean demo,
            long participants, long finished) {
    }

    /** One attempt as the CSV gives it: nothing that names the member. */
    public record AttemptRow(UUID id, String region, String organisation, Instant startedAt, Instant finishedAt,
            Integer score, Integer maxScore, Award award) {
    }

    /** One edition's attempts in one region, for Prometheus; {@code region} null where it is not known. */
    public record RegionFigures(long editionId, String region, long participants, long finished,
            Double meanPercent) {
    }

    private final JdbcClient jdbc;
    private final Editions editions;

    DictationResults(JdbcClient jdbc, Editions editions) {
        this.jdbc = jdbc;
        this.editions = editions;
    }

    /** Every edition, the latest to open first. */
    public List<EditionRow> editions() {
        return jdbc.sql("""
                SELECT e.code, e.title, e.opens_at, e.closes_at, e.demo,
                       count(a.id) AS participants, count(a.finished_at) AS finished
                FROM app.dictation_edition e LEFT JOIN app.dictation_attempt a ON a.edition_id = e.id
                GROUP BY e.id ORDER BY e.opens_at DESC, e.code
                """)
                .query((rs, n) -> new EditionRow(rs.getString("code"), rs.getString("title"),
                        rs.getTimestamp("opens_at").toInstant(), rs.getTimestamp("closes_at").toInstant(),
                        rs.getBoolean("demo"), rs.getLong("participants"), rs.getLong("finished")))
                .list();
    }

    public Optional<EditionResults> of(String code) {
        return editions.byCode(code).map(this::of);
    }

    private EditionResults of(Edition edition) {
        long[] totals = jdbc.sql("""
                SELECT count(*), count(finished_at), count(awarded_at) FROM app.dictation_attempt
                WHERE edition_id = :edition
                """).param("edition", edition.id())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        Map<Award, Long> awards = new EnumMap<>(Award.class);
        for (Award award : Award.values()) {
            awards.put(award, 0L);
        }
        jdbc.sql("""
                SELECT award, count(*) FROM app.dictation_attempt
                WHERE edition_id = :edition AND award IS NOT NULL GROUP BY award
                """).param("edition", edition.id())
                .query((rs, n) -> Map.entry(Award.valueOf(rs.getString(1)), rs.getLong(2)))
                .list().forEach(entry -> awards.put(entry.getKey(), entry.getValue()));
        List<GroupMean> organisations = jdbc.sql(PLACED + """
                SELECT po.name, r.name AS region,""" + MEANS + """
                FROM placed p
                LEFT JOIN app.primary_organisation po ON po.id = p.primary_organisation_id
                LEFT JOIN app.territorial_organisation t ON t.id = po.territorial_organisation_id
                LEFT JOIN app.region r ON r.id = t.region_id
                GROUP BY po.id, po.name, r.name
                ORDER BY po.id IS NULL, count(*) DESC, po.name
                LIMIT :limit
                """).param("editions", List.of(edition.id())).param("limit", ORGANISATIONS_SHOWN + 1)
                .query(DictationResults::groupMean).list();
        boolean cut = organisations.size() > ORGANISATIONS_SHOWN;
        if (cut) {
            // the unknown would sort last and be cut first: keep it, it says how many could not be placed
            GroupMean unknown = unknownOrganisation(edition.id());
            organisations = new ArrayList<>(organisations.subList(0, ORGANISATIONS_SHOWN - (unknown == null ? 0 : 1)));
            if (unknown != null) {
                organisations.add(unknown);
            }
        }
        return new EditionResults(edition, totals[0], totals[1], totals[2], awards,
                distribution(edition), regions(edition.id()), List.copyOf(organisations), cut, topics(edition.id()));
    }

    private GroupMean unknownOrganisation(long editionId) {
        return jdbc.sql(PLACED + "SELECT NULL AS name, NULL AS region," + MEANS
                        + " FROM placed p WHERE p.primary_organisation_id IS NULL HAVING count(*) > 0")
                .param("editions", List.of(editionId)).query(DictationResults::groupMean).optional().orElse(null);
    }

    private List<GroupMean> regions(long editionId) {
        return jdbc.sql(PLACED + """
                SELECT r.name, r.name AS region,""" + MEANS + """
                FROM placed p LEFT JOIN app.region r ON r.id = p.region_id
                GROUP BY r.id, r.name
                ORDER BY r.id IS NULL, r.name
                """).param("editions", List.of(editionId)).query(DictationResults::groupMean).list();
    }

    /**
     * Finished attempts by score: one bar per score while the maximum allows at most {@link #MAX_BARS} bars, else
     * ranges of equal width (the last may be narrower).
     */
    private List<ScoreBar> distribution(Edition edition) {
        int max = edition.maxScore();
        int width = Math.max(1, (int) Math.ceil((max + 1) / (double) MAX_BARS));
        long[] counts = new long[(max / width) + 1];
        jdbc.sql("""
                SELECT score, count(*) FROM app.dictation_attempt
                WHERE edition_id = :edition AND finished_at IS NOT NULL AND score IS NOT NULL GROUP BY score
                """).param("edition", edition.id())
                .query((rs, n) -> new long[] {rs.getInt(1), rs.getLong(2)})
                .list().forEach(row -> counts[(int) Math.min(Math.max(row[0], 0), max) / width] += row[1]);
        List<ScoreBar> bars = new ArrayList<>();
        for (int bar = 0; bar < counts.length; bar++) {
            bars.add(new ScoreBar(bar * width, Math.min(max, bar * width + width - 1), counts[bar]));
        }
        return List.copyOf(bars);
    }

    /** Scored as an attempt is ({@code Attempts.score}): exactly the correct options, no more, no fewer. */
    private List<TopicShare> topics(long editionId) {
        return jdbc.sql("""
                WITH question AS (
                    SELECT q.id, q.topic, q.position,
                           array(SELECT o.id FROM app.dictation_option o WHERE o.question_id = q.id AND o.correct)
                               AS correct
                    FROM app.dictation_question q WHERE q.edition_id = :edition
                ), finished AS (
                    SELECT id FROM app.dictation_attempt WHERE edition_id = :edition AND finished_at IS NOT NULL
                ), correct AS (
                    -- through the answers' primary key, attempt by attempt: no scan of every edition's answers
                    SELECT ans.question_id, count(*) AS correct
                    FROM finished f
                    JOIN app.dictation_answer ans ON ans.attempt_id = f.id
                    JOIN question q ON q.id = ans.question_id
                    WHERE ans.option_ids @> q.correct AND q.correct @> ans.option_ids
                    GROUP BY ans.question_id
                )
                SELECT q.topic, count(*) AS questions, count(*) * (SELECT count(*) FROM finished) AS answers,
                       coalesce(sum(c.correct), 0) AS correct
                FROM question q LEFT JOIN correct c ON c.question_id = q.id
                GROUP BY q.topic
                ORDER BY min(q.position)
                """).param("edition", editionId)
                .query((rs, n) -> new TopicShare(rs.getString("topic"), rs.getLong("questions"), rs.getLong("answers"),
                        rs.getLong("correct")))
                .list();
    }

    /** Every attempt of the edition, the earliest started first. */
    public List<AttemptRow> attempts(long editionId) {
        return jdbc.sql(PLACED + """
                SELECT p.id, r.name AS region, po.name AS organisation, p.started_at, p.finished_at, p.score,
                       p.max_score, p.award
                FROM placed p
                LEFT JOIN app.region r ON r.id = p.region_id
                LEFT JOIN app.primary_organisation po ON po.id = p.primary_organisation_id
                ORDER BY p.started_at, p.id
                """).param("editions", List.of(editionId))
                .query((rs, n) -> new AttemptRow(rs.getObject("id", UUID.class), rs.getString("region"),
                        rs.getString("organisation"), instant(rs, "started_at"), instant(rs, "finished_at"),
                        (Integer) rs.getObject("score"), (Integer) rs.getObject("max_score"),
                        rs.getString("award") == null ? null : Award.valueOf(rs.getString("award"))))
                .list();
    }

    /** The editions' attempts per region, for the gauges. */
    public List<RegionFigures> byRegion(List<Long> editionIds) {
        if (editionIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(PLACED + """
                SELECT p.edition_id, r.name AS region,""" + MEANS + """
                FROM placed p LEFT JOIN app.region r ON r.id = p.region_id
                GROUP BY p.edition_id, r.id, r.name
                """).param("editions", editionIds)
                .query((rs, n) -> new RegionFigures(rs.getLong("edition_id"), rs.getString("region"),
                        rs.getLong("participants"), rs.getLong("finished"), doubleOrNull(rs, "mean_percent")))
                .list();
    }

    /** The editions the gauges tell about: id, code and when each closes. */
    public record EditionKey(long id, String code, Instant closesAt) {
    }

    public List<EditionKey> editionKeys() {
        return jdbc.sql("SELECT id, code, closes_at FROM app.dictation_edition ORDER BY id")
                .query((rs, n) -> new EditionKey(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    private static GroupMean groupMean(ResultSet rs, int row) throws SQLException {
        return new GroupMean(rs.getString("name"), rs.getString("region"), rs.getLong("participants"),
                rs.getLong("finished"), doubleOrNull(rs, "mean_score"), doubleOrNull(rs, "mean_percent"));
    }

    private static Double doubleOrNull(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).doubleValue();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
