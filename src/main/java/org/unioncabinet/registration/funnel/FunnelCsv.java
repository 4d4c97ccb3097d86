package org.unioncabinet.registration.funnel;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.unioncabinet.registration.funnel.Funnel.Backlog;
import org.unioncabinet.registration.funnel.Funnel.StepFigures;

/**
 * The funnel as CSV for a spreadsheet: «;»-separated and with a byte order mark, as Russian Excel expects;
 * times in seconds, so they can be summed and charted.
 */
final class FunnelCsv {

    private static final String BOM = "\uFEFF";

    private FunnelCsv() {
    }

    static String steps(Funnel funnel) {
        StringBuilder csv = new StringBuilder(BOM).append(
                "вариант;шаг;элемент;дошли;ждут сейчас;ушли;причина ухода;медиана, с;90-й перцентиль, с\r\n");
        for (StepFigures figures : funnel.steps()) {
            csv.append(String.join(";", cell(figures.step().variant().label()), cell(figures.step().name()),
                    figures.step().id(), String.valueOf(figures.reached()), String.valueOf(figures.waiting()),
                    String.valueOf(figures.left()), cell(figures.step().exit() == null ? "" : figures.step().exit().label()),
                    seconds(figures.median()), seconds(figures.p90()))).append("\r\n");
        }
        return csv.toString();
    }

    static String backlog(List<Backlog> backlog, Instant now) {
        StringBuilder csv = new StringBuilder(BOM).append(
                "первичная организация;код;регион;ждут рассмотрения;самое старое с;ждёт, с\r\n");
        for (Backlog row : backlog) {
            csv.append(String.join(";", cell(row.organisationName()), String.valueOf(row.organisationId()),
                    cell(row.regionName()), String.valueOf(row.waiting()), row.oldestSince().toString(),
                    seconds(row.oldestWait(now)))).append("\r\n");
        }
        return csv.toString();
    }

    private static String seconds(Duration duration) {
        return duration == null ? "" : String.valueOf(duration.toSeconds());
    }

    /** Quoted, with quotes doubled: names of organisations are full of «;» and quotes. */
    private static String cell(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
