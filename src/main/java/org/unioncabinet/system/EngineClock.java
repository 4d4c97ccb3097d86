package org.unioncabinet.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The application's clock is the engine's ({@link ClockUtil}, which timers and due dates read): one time for the
 * engine and every business timestamp and limit. Moving the engine clock in a test ({@code ClockUtil.setCurrentTime},
 * {@code ClockUtil.offset}) moves a code's lifetime and its timer, a guess budget and the mail limits together.
 */
@Component
public class EngineClock extends Clock {

    private final ZoneId zone;

    public EngineClock() {
        this(ZoneOffset.UTC);
    }

    private EngineClock(ZoneId zone) {
        this.zone = zone;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new EngineClock(zone);
    }

    @Override
    public Instant instant() {
        return Instant.ofEpochMilli(millis());
    }

    @Override
    public long millis() {
        return ClockUtil.getCurrentTime().getTime();
    }
}
