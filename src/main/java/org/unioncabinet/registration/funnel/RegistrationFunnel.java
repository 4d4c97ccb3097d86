package org.unioncabinet.registration.funnel;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.registration.funnel.Funnel.Backlog;
import org.unioncabinet.registration.funnel.Funnel.StepFigures;
import org.unioncabinet.registration.funnel.RegistrationSteps.Step;

/**
 * The registration funnel from the engine's history (history level {@code activity}: which element each
 * journey entered and left, and when). Read with SQL over {@code ACT_HI_ACTINST}, the table behind
 * {@code HistoricActivityInstance}: counts and percentiles for millions of journeys are one aggregate in
 * PostgreSQL, where the Java API would load every activity instance. Read only; the engine's timestamps
 * are local time of the JVM, as the engine writes them, so parameters go in as {@link Timestamp}.
 */
@Service
public class RegistrationFunnel {

    private static final String JOURNEYS = """
            SELECT p.proc_inst_id_ FROM public.act_hi_procinst p
            WHERE p.proc_def_key_ = :key AND p.start_time_ >= :from AND p.start_time_ < :to
            """;
    private static final String BY_ORGANISATION = """
              AND EXISTS (SELECT 1 FROM app.join_application ja
                          JOIN app.educational_organisation eo ON eo.id = ja.educational_organisation_id
                          WHERE ja.account_id::text = p.business_key_
                            AND (CAST(:region AS smallint) IS NULL OR eo.region_id = CAST(:region AS smallint))
                            AND (CAST(:organisation AS bigint) IS NULL OR ja.primary_organisation_id = CAST(:organisation AS bigint)))
            """;

    private final JdbcClient jdbc;
    private final RegistrationSteps steps;

    public RegistrationFunnel(JdbcClient jdbc, RegistrationSteps steps) {
        this.jdbc = jdbc;
        this.steps = steps;
    }

    private record Row(String activityId, long journeys, long waiting, Double median, Double p90) {
    }

    public Funnel of(FunnelQuery query) {
        List<Step> current = steps.current();
        List<String> elements = Stream.of(current.stream().map(Step::id),
                current.stream().map(Step::exit).filter(Objects::nonNull).map(RegistrationSteps.Exit::elementId),
                current.stream().map(Step::pause).filter(Objects::nonNull)).flatMap(ids -> ids).toList();
        String journeys = JOURNEYS + (query.byOrganisation() ? BY_ORGANISATION : "");
        Map<String, Row> rows = new HashMap<>();
        if (!elements.isEmpty()) {
            params(jdbc.sql("""
                    WITH journey AS (%s)
                    SELECT a.act_id_ AS activity_id,
                           count(DISTINCT a.proc_inst_id_) AS journeys,
                           count(DISTINCT a.proc_inst_id_) FILTER (WHERE a.end_time_ IS NULL) AS waiting,
                           percentile_cont(0.5) WITHIN GROUP (ORDER BY a.duration_) AS median,
                           percentile_cont(0.9) WITHIN GROUP (ORDER BY a.duration_) AS p90
                    FROM public.act_hi_actinst a JOIN journey j ON j.proc_inst_id_ = a.proc_inst_id_
                    WHERE a.act_id_ IN (:elements)
                    GROUP BY a.act_id_
                    """.formatted(journeys)), query).param("elements", elements)
                    .query((rs, n) -> new Row(rs.getString("activity_id"), rs.getLong("journeys"), rs.getLong("waiting"),
                            (Double) rs.getObject("median"), (Double) rs.getObject("p90")))
                    .list().forEach(row -> rows.put(row.activityId(), row));
        }
        long total = params(jdbc.sql("SELECT count(*) FROM (" + journeys + ") j"), query).query(Long.class).single();
        List<StepFigures> figures = new ArrayList<>();
        for (Step step : current) {
            Row row = rows.get(step.id());
            Row exit = step.exit() == null ? null : rows.get(step.exit().elementId());
            Row pause = step.pause() == null ? null : rows.get(step.pause());
            long waiting = (row == null ? 0 : row.waiting()) + (pause == null ? 0 : pause.waiting());
            figures.add(new StepFigures(step, row == null ? 0 : row.journeys(), waiting,
                    exit == null ? 0 : exit.journeys(), millis(row == null ? null : row.median()),
                    millis(row == null ? null : row.p90())));
        }
        return new Funnel(query, total, figures);
    }

    /** Applications waiting for their primary organisation now, oldest first; region filter as the funnel's. */
    public List<Backlog> backlog(Short regionId) {
        return jdbc.sql("""
                SELECT po.id, po.name, r.name AS region, count(DISTINCT a.proc_inst_id_) AS waiting,
                       min(a.start_time_) AS oldest
                FROM public.act_hi_actinst a
                JOIN public.act_hi_procinst p ON p.proc_inst_id_ = a.proc_inst_id_
                JOIN app.join_application ja ON ja.account_id::text = p.business_key_ AND ja.status = 'RECEIVED'
                JOIN app.primary_organisation po ON po.id = ja.primary_organisation_id
                JOIN app.educational_organisation eo ON eo.id = ja.educational_organisation_id
                JOIN app.region r ON r.id = eo.region_id
                WHERE a.act_id_ = :review AND a.end_time_ IS NULL AND a.proc_def_key_ = :key
                  AND (CAST(:region AS smallint) IS NULL OR eo.region_id = CAST(:region AS smallint))
                GROUP BY po.id, po.name, r.name
                ORDER BY oldest
                LIMIT 200
                """)
                .param("review", Elements.REVIEW_JOIN_APPLICATION).param("key", RegistrationProcess.KEY)
                .param("region", regionId)
                .query((rs, n) -> new Backlog(rs.getLong("id"), rs.getString("name"), rs.getString("region"),
                        rs.getLong("waiting"), rs.getTimestamp("oldest").toInstant()))
                .list();
    }

    /** Journeys waiting at each element now, whenever they started: what Prometheus is told. */
    public Map<String, Long> waitingNow() {
        Map<String, Long> waiting = new HashMap<>();
        jdbc.sql("""
                SELECT act_id_, count(DISTINCT proc_inst_id_) AS waiting FROM public.act_hi_actinst
                WHERE proc_def_key_ = :key AND end_time_ IS NULL GROUP BY act_id_
                """).param("key", RegistrationProcess.KEY)
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getLong(2)))
                .list().forEach(entry -> waiting.put(entry.getKey(), entry.getValue()));
        return waiting;
    }

    private static JdbcClient.StatementSpec params(JdbcClient.StatementSpec statement, FunnelQuery query) {
        statement.param("key", RegistrationProcess.KEY)
                .param("from", Timestamp.from(query.from()))
                .param("to", Timestamp.from(query.to()));
        if (query.byOrganisation()) {
            statement.param("region", query.regionId()).param("organisation", query.primaryOrganisationId());
        }
        return statement;
    }

    private static Duration millis(Double value) {
        return value == null ? null : Duration.ofMillis(Math.round(value));
    }
}
