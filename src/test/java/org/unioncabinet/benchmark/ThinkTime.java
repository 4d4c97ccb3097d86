package org.unioncabinet.benchmark;

import java.util.Random;

/**
 * The pause a member makes before a request they make by hand (typing, reading a mail, filling a step): none in
 * the saturating phase, 1–3 s in the paced phase. Seeded, so two runs pause alike; one per member thread
 * ({@link Random} is shared by no one).
 */
final class ThinkTime {

    static final ThinkTime NONE = new ThinkTime(null);

    static final long MIN_MILLIS = 1000;
    static final long MAX_MILLIS = 3000;

    private final Random random;

    private ThinkTime(Random random) {
        this.random = random;
    }

    /** 1–3 s, uniform, from {@code seed}. */
    static ThinkTime human(long seed) {
        return new ThinkTime(new Random(seed));
    }

    void think() {
        if (random != null) {
            MemberJourney.pause(MIN_MILLIS + random.nextLong(MAX_MILLIS - MIN_MILLIS + 1));
        }
    }
}
