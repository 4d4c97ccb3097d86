package org.unioncabinet.portal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * «Обрабатываем Ваши данные» waits for a job (mailing the signing code, linking to the registry, passing an
 * application on). Rather than the page reloading every few seconds, it asks once and the server answers as soon as
 * the member's next step is ready, or after {@link #ANSWER_WITHIN} with «not yet» (then the page asks again): a
 * long poll. Readiness is read from the database, so a job finished on any node counts. No request thread is held
 * while waiting: the checks run on two threads of their own, each member's every {@link #CHECK_EVERY}.
 */
@Component
class NextStepWatch implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(NextStepWatch.class);

    /** A job usually ends within a second; a check costs about what the page's own look cost. */
    static final Duration CHECK_EVERY = Duration.ofMillis(250);
    /** Below the usual idle timeouts of proxies (60 s) and mobile networks. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(20);
    /**
     * A member's waits at once (a few tabs); more are refused (429, the page asks again after 3 s), so one account
     * cannot set the database a check every 250 ms per request it opens.
     */
    static final int WAITS_PER_MEMBER = 3;
    private static final ResponseEntity<Map<String, Boolean>> NOT_YET = ResponseEntity.ok(Map.of("ready", false));

    private final MemberSteps steps;
    private final CabinetProgress progress;
    private final TransactionTemplate readOnly;
    private final ScheduledExecutorService checks;
    private final Map<UUID, Integer> waiting = new ConcurrentHashMap<>();

    NextStepWatch(MemberSteps steps, CabinetProgress progress, PlatformTransactionManager transactions) {
        this.steps = steps;
        this.progress = progress;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        AtomicInteger number = new AtomicInteger();
        this.checks = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "next-step-watch-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * Answers {@code {"ready": true}} once the member has a step or a page other than the wait, {@code {"ready":
     * false}} after {@link #ANSWER_WITHIN}, and 429 to a member who already waits {@link #WAITS_PER_MEMBER} times.
     */
    DeferredResult<ResponseEntity<Map<String, Boolean>>> await(UUID accountId) {
        DeferredResult<ResponseEntity<Map<String, Boolean>>> answer = new DeferredResult<>(
                ANSWER_WITHIN.plusSeconds(10).toMillis(), () -> NOT_YET);
        if (waiting.merge(accountId, 1, Integer::sum) > WAITS_PER_MEMBER) {
            release(accountId);
            answer.setResult(ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).build());
            return answer;
        }
        answer.onCompletion(() -> release(accountId));
        long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
        schedule(accountId, answer, deadline, Duration.ZERO);
        return answer;
    }

    private void release(UUID accountId) {
        waiting.computeIfPresent(accountId, (id, count) -> count == 1 ? null : count - 1);
    }

    /**
     * What {@code /cabinet} shows is no longer «Обрабатываем Ваши данные» (CabinetController decides it so); one read
     * transaction for the check's queries.
     */
    boolean ready(UUID accountId) {
        return Boolean.TRUE.equals(readOnly.execute(status -> steps.hasCurrent(accountId)
                || !progress.processing(accountId)));
    }

    private void check(UUID accountId, DeferredResult<ResponseEntity<Map<String, Boolean>>> answer, long deadline) {
        if (answer.isSetOrExpired()) {
            return;
        }
        try {
            boolean ready = ready(accountId);
            if (ready || System.nanoTime() >= deadline) {
                answer.setResult(ResponseEntity.ok(Map.of("ready", ready)));
            } else {
                schedule(accountId, answer, deadline, CHECK_EVERY);
            }
        } catch (RuntimeException e) {
            answer.setErrorResult(e);
        }
    }

    private void schedule(UUID accountId, DeferredResult<ResponseEntity<Map<String, Boolean>>> answer, long deadline,
            Duration delay) {
        try {
            checks.schedule(() -> check(accountId, answer, deadline), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Next-step watch is shutting down");
            answer.setResult(NOT_YET);
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
