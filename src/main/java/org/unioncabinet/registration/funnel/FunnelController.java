package org.unioncabinet.registration.funnel;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.unioncabinet.system.DisplayDates;

/**
 * {@code /admin/funnel}: where members stop on their way through registration, for analysts and admins
 * (the Camunda admin session, see {@link AnalystPagesSecurity}); the same figures as CSV. Days are Moscow days.
 */
@Controller
public class FunnelController {

    static final ZoneId MOSCOW = DisplayDates.MOSCOW;
    static final int DEFAULT_DAYS = 30;
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    /** One region for the filter's list. */
    public record RegionOption(short id, String name) {
    }

    private final RegistrationFunnel funnel;
    private final JdbcClient jdbc;

    public FunnelController(RegistrationFunnel funnel, JdbcClient jdbc) {
        this.funnel = funnel;
        this.jdbc = jdbc;
    }

    @GetMapping("/admin/funnel")
    public String page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Short region, @RequestParam(required = false) Long organisation,
            Model model) {
        LocalDate last = to == null ? LocalDate.now(MOSCOW) : to;
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1L) : from;
        Funnel figures = funnel.of(query(first, last, region, organisation));
        model.addAttribute("from", first);
        model.addAttribute("to", last);
        model.addAttribute("region", region);
        model.addAttribute("organisation", organisation);
        model.addAttribute("regions", jdbc.sql("SELECT id, name FROM app.region ORDER BY name")
                .query((rs, n) -> new RegionOption(rs.getShort(1), rs.getString(2))).list());
        model.addAttribute("funnel", figures);
        model.addAttribute("longestMedian", figures.longestMedian());
        model.addAttribute("backlog", funnel.backlog(region));
        model.addAttribute("now", Instant.now());
        model.addAttribute("durations", new HumanDurations());
        return "admin/funnel";
    }

    @GetMapping("/admin/funnel.csv")
    public ResponseEntity<String> csv(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) Short region, @RequestParam(required = false) Long organisation) {
        return attachment("funnel-" + from + "-" + to + ".csv",
                FunnelCsv.steps(funnel.of(query(from, to, region, organisation))));
    }

    @GetMapping("/admin/funnel/backlog.csv")
    public ResponseEntity<String> backlogCsv(@RequestParam(required = false) Short region) {
        List<Funnel.Backlog> backlog = funnel.backlog(region);
        return attachment("review-backlog.csv", FunnelCsv.backlog(backlog, Instant.now()));
    }

    /** From the start of the first day to the end of the last, Moscow time. */
    static FunnelQuery query(LocalDate from, LocalDate to, Short region, Long organisation) {
        return new FunnelQuery(from.atStartOfDay(MOSCOW).toInstant(), to.plusDays(1).atStartOfDay(MOSCOW).toInstant(),
                region, organisation);
    }

    private static ResponseEntity<String> attachment(String fileName, String body) {
        return ResponseEntity.ok().contentType(CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
                .body(body);
    }

    /** «1 д 2 ч», «25 мин», «40 с», «—»: what a person reads at a glance. */
    public static final class HumanDurations {

        public String of(Duration duration) {
            if (duration == null) {
                return "—";
            }
            long days = duration.toDays();
            long hours = duration.toHoursPart();
            long minutes = duration.toMinutesPart();
            if (days > 0) {
                return days + " д" + (hours > 0 ? " " + hours + " ч" : "");
            }
            if (hours > 0) {
                return hours + " ч" + (minutes > 0 ? " " + minutes + " мин" : "");
            }
            if (minutes > 0) {
                return minutes + " мин";
            }
            return duration.toSecondsPart() + " с";
        }

        /** Bar length in per cent of the longest median, for the chart of time per step. */
        public long percentOf(Duration duration, Duration longest) {
            if (duration == null || longest.isZero()) {
                return 0;
            }
            return Math.round(100.0 * duration.toMillis() / longest.toMillis());
        }
    }
}
