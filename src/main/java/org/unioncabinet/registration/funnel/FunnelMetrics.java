package org.unioncabinet.registration.funnel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.funnel.Funnel.Backlog;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The funnel for Prometheus ({@code /actuator/prometheus}): journeys waiting at each step now
 * ({@code cabinet_registration_waiting{step,variant}}), applications waiting for review and the age of the
 * oldest. Per step, not per organisation: 100,000 organisations would be 100,000 series. Scrapes come often,
 * so the figures are read at most once a minute. Registered once the app is ready: the steps come from the
 * deployed diagram.
 */
@Component
public class FunnelMetrics {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final RegistrationFunnel funnel;
    private final RegistrationSteps steps;
    private final MeterRegistry registry;
    private final Clock clock;

    private volatile Instant readAt = Instant.EPOCH;
    private volatile Map<String, Long> waiting = Map.of();
    private volatile List<Backlog> backlog = List.of();

    public FunnelMetrics(RegistrationFunnel funnel, RegistrationSteps steps, MeterRegistry registry, Clock clock) {
        this.funnel = funnel;
        this.clock = clock;
        this.steps = steps;
        this.registry = registry;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void register() {
        for (RegistrationSteps.Step step : steps.current()) {
            Gauge.builder("cabinet.registration.waiting", this, metrics -> metrics.fresh().waiting.getOrDefault(step.id(), 0L))
                    .description("Journeys of registration waiting at this step now")
                    .tag("step", step.id()).tag("variant", step.variant().name().toLowerCase())
                    .register(registry);
        }
        Gauge.builder("cabinet.review.backlog", this,
                        metrics -> metrics.fresh().backlog.stream().mapToLong(Backlog::waiting).sum())
                .description("Join applications waiting for their primary organisation's review")
                .register(registry);
        Gauge.builder("cabinet.review.oldest.waiting", this, metrics -> metrics.fresh().backlog.stream()
                        .map(Backlog::oldestSince).min(Instant::compareTo)
                        .map(oldest -> (double) Duration.between(oldest, clock.instant()).toSeconds()).orElse(0.0))
                .description("How long the oldest join application has been waiting for review")
                .baseUnit("seconds")
                .register(registry);
    }

    private synchronized FunnelMetrics fresh() {
        if (Duration.between(readAt, clock.instant()).compareTo(FRESH_FOR) > 0) {
            waiting = funnel.waitingNow();
            backlog = funnel.backlog(null);
            readAt = clock.instant();
        }
        return this;
    }
}
