package org.unioncabinet.dictation.results;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.unioncabinet.dictation.results.DictationResults.EditionKey;
import org.unioncabinet.dictation.results.DictationResults.RegionFigures;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;

/**
 * The dictation's results for Prometheus ({@code /actuator/prometheus}), per edition and region of the members'
 * organisations: {@code cabinet_dictation_participants}, {@code cabinet_dictation_finished} and
 * {@code cabinet_dictation_mean_score_percent}, tagged {@code edition} (its code) and {@code region} (its name,
 * {@value #UNKNOWN_REGION} where the organisation is not known). Per region, not per organisation: 100,000
 * organisations would be 100,000 series.
 * <p>
 * A scrape reads what was counted last, never the database: the set of series grows with each new edition and region,
 * so the figures are counted once a minute in the background ({@link #refresh}) rather than when a gauge is read, as
 * the funnel's are. An edition closed more than {@link #SETTLED_AFTER} ago no longer changes (its attempts ended at
 * its closing, the last of them scored by then): it is counted once and kept.
 */
@Component
public class ResultsMetrics {

    static final String UNKNOWN_REGION = "не указан";
    static final Duration SETTLED_AFTER = Duration.ofDays(1);

    private final DictationResults results;
    private final Clock clock;
    private final MultiGauge participants;
    private final MultiGauge finished;
    private final MultiGauge meanPercent;
    /** Figures of settled editions by edition id, counted once. */
    private final Map<Long, List<RegionFigures>> settled = new HashMap<>();

    public ResultsMetrics(DictationResults results, MeterRegistry registry, Clock clock) {
        this.results = results;
        this.clock = clock;
        this.participants = MultiGauge.builder("cabinet.dictation.participants")
                .description("Attempts started in the edition by members of the region").register(registry);
        this.finished = MultiGauge.builder("cabinet.dictation.finished")
                .description("Attempts ended in the edition by members of the region").register(registry);
        this.meanPercent = MultiGauge.builder("cabinet.dictation.mean.score")
                .description("Mean score of the finished attempts, in per cent of the maximum").baseUnit("percent")
                .register(registry);
    }

    /** Counts the open and recent editions again; also called by the tests, who do not wait a minute. */
    @Scheduled(initialDelay = 0, fixedDelay = 60_000)
    public synchronized void refresh() {
        Instant now = clock.instant();
        List<EditionKey> editions = results.editionKeys();
        List<Long> changing = editions.stream().filter(edition -> !settled.containsKey(edition.id()))
                .map(EditionKey::id).toList();
        Map<Long, List<RegionFigures>> counted = new HashMap<>();
        for (RegionFigures figures : results.byRegion(changing)) {
            counted.computeIfAbsent(figures.editionId(), id -> new ArrayList<>()).add(figures);
        }
        List<MultiGauge.Row<?>> participantRows = new ArrayList<>();
        List<MultiGauge.Row<?>> finishedRows = new ArrayList<>();
        List<MultiGauge.Row<?>> meanRows = new ArrayList<>();
        for (EditionKey edition : editions) {
            List<RegionFigures> figures = settled.containsKey(edition.id()) ? settled.get(edition.id())
                    : counted.getOrDefault(edition.id(), List.of());
            if (!settled.containsKey(edition.id()) && edition.closesAt().plus(SETTLED_AFTER).isBefore(now)) {
                settled.put(edition.id(), List.copyOf(figures));
            }
            for (RegionFigures region : figures) {
                Tags tags = Tags.of("edition", edition.code(),
                        "region", region.region() == null ? UNKNOWN_REGION : region.region());
                participantRows.add(MultiGauge.Row.of(tags, region.participants()));
                finishedRows.add(MultiGauge.Row.of(tags, region.finished()));
                if (region.meanPercent() != null) {
                    meanRows.add(MultiGauge.Row.of(tags, region.meanPercent()));
                }
            }
        }
        participants.register(participantRows, true);
        finished.register(finishedRows, true);
        meanPercent.register(meanRows, true);
    }
}
