package org.unioncabinet.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The paced phase of the benchmark (issue 16, docs/benchmark.md): members who pause 1–3 s before each request they
 * make by hand, as people type and read, at growing levels of concurrent members. A level runs until every request
 * type a member makes in most journeys has the samples asked for, or its time cap; then its members finish the
 * journey they are in (none is left half-way) and the jobs they left run out. It holds when no request failed,
 * every member request that hashes no password has p99 ≤ 150 ms and the two that hash ≤ 500 ms. The phase stops at
 * the first level that does not hold: the answer is the largest level before it.
 */
final class PacedPhase {

    /** The member requests that hash a password (Argon2id): account creation and login. */
    static final Set<String> HASHING = Set.of("POST /register", "POST /login");
    static final double P99_LIMIT_MS = 150;
    static final double HASHING_P99_LIMIT_MS = 500;

    private static final Logger log = LoggerFactory.getLogger(PacedPhase.class);
    private static final long SEED = 16;

    /** Where the members of a level come from: a fresh member each journey, variants alternating. */
    interface Members {
        MemberData next(int journey);
    }

    /** Waits until the jobs the level left behind have run (so that levels do not overlap). */
    interface Drain {
        void await() throws InterruptedException;
    }

    /** One level: how many members, for how long, its journeys and latencies, and whether the limits held. */
    record Level(int members, double seconds, int journeys, boolean capped, Latencies latencies) {

        boolean holds() {
            return latencies.errorCount() == 0 && over().isEmpty();
        }

        /** The member requests whose p99 is over their limit. */
        List<Latencies.Summary> over() {
            return memberRequests().stream().filter(summary -> summary.p99() > limit(summary.type())).toList();
        }

        List<Latencies.Summary> memberRequests() {
            return latencies.summaries().stream().filter(summary -> isMember(summary.type())).toList();
        }

        /** The fewest samples of a request type the level waited for (see {@link #counted}). */
        int fewestSamples() {
            return memberRequests().stream().filter(summary -> counted(summary, journeys)).mapToInt(Latencies.Summary::count)
                    .min().orElse(0);
        }
    }

    private final List<Integer> levels;
    private final int samples;
    private final Duration cap;

    PacedPhase(List<Integer> levels, int samples, Duration cap) {
        this.levels = List.copyOf(levels);
        this.samples = samples;
        this.cap = cap;
    }

    static double limit(String type) {
        return HASHING.contains(type) ? HASHING_P99_LIMIT_MS : P99_LIMIT_MS;
    }

    /**
     * The reviewer in Tasklist is not one of the members, and the long poll of «Обрабатываем» lasts as long as the
     * job it waits for, by design: both reported, held to no limit.
     */
    static boolean isMember(String type) {
        return !type.startsWith("reviewer") && !type.startsWith(MemberJourney.WAIT);
    }

    /**
     * Whether a level waits for this request type's samples: it is made in at least half of the journeys (each
     * variant's steps are). Rarer ones (a link followed again before the commit, the page's look while a job runs
     * when jobs are quick) are reported but would keep a level running to its cap.
     */
    static boolean counted(Latencies.Summary summary, int journeys) {
        return summary.count() * 2 >= journeys;
    }

    List<Level> run(MemberJourney journey, Members members, Drain drain) throws Exception {
        List<Level> done = new ArrayList<>();
        for (int level : levels) {
            Level result = level(journey, members, level);
            done.add(result);
            drain.await();
            log.info("(paced) {} members: {} journeys in {} s, fewest samples {}, {}", level, result.journeys(),
                    CabinetBenchmark.round(result.seconds()), result.fewestSamples(), result.holds() ? "holds" : "does not hold");
            if (!result.holds()) {
                break;
            }
        }
        return done;
    }

    private Level level(MemberJourney journey, Members members, int count) throws Exception {
        Latencies latencies = new Latencies();
        MemberJourney timed = journey.timedIn(latencies);
        AtomicBoolean enough = new AtomicBoolean();
        AtomicBoolean capped = new AtomicBoolean();
        AtomicInteger journeys = new AtomicInteger();
        AtomicInteger started = new AtomicInteger();
        long deadline = System.nanoTime() + cap.toNanos();
        Thread watch = new Thread(() -> {
            while (!enough.get()) {
                int completed = journeys.get();
                List<Latencies.Summary> member = latencies.summaries().stream().filter(s -> isMember(s.type())).toList();
                if (completed > 0 && member.stream().filter(s -> counted(s, completed)).allMatch(s -> s.count() >= samples)) {
                    enough.set(true);
                } else if (System.nanoTime() > deadline) {
                    capped.set(true);
                    enough.set(true);
                } else {
                    MemberJourney.pause(1000);
                }
            }
        }, "paced-watch");
        watch.setDaemon(true);
        watch.start();
        long elapsed = CabinetBenchmark.concurrently(count, thread -> {
            MemberJourney member = timed.thinking(ThinkTime.human(SEED * 100_000 + count * 1000L + thread));
            // an error ends the level at once: its figures are not valid and the next level is not tried
            while (!enough.get()) {
                try {
                    member.run(members.next(started.getAndIncrement()));
                    journeys.incrementAndGet();
                } catch (RuntimeException e) {
                    latencies.error(e instanceof WebSession.UnexpectedResponse unexpected ? unexpected.type : "journey",
                            e.toString());
                    enough.set(true);
                }
            }
        });
        enough.set(true);
        watch.join();
        return new Level(count, CabinetBenchmark.seconds(elapsed), journeys.get(), capped.get(), latencies);
    }
}
