package org.unioncabinet.portal;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.async.DeferredResult;
import org.unioncabinet.registration.RegistrationJourney;

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

    private final MemberSteps steps;
    private final RegistrationJourney journey;
    private final TransactionTemplate readOnly;
    private final ScheduledExecutorService checks;

    NextStepWatch(MemberSteps steps, RegistrationJourney journey, PlatformTransactionManager transactions) {
        this.steps = steps;
        this.journey = journey;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        AtomicInteger number = new AtomicInteger();
        this.checks = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "next-step-watch-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Answers {@code {"ready": true}} once the member has a step or a page other than the wait. */
    DeferredResult<Map<String, Boolean>> await(UUID accountId) {
        DeferredResult<Map<String, Boolean>> answer = new DeferredResult<>(ANSWER_WITHIN.plusSeconds(10).toMillis(),
                () -> Map.of("ready", false));
        long deadline = System.nanoTime() + ANSWER_WITHIN.toNanos();
        schedule(accountId, answer, deadline, Duration.ZERO);
        return answer;
    }

    /**
     * What {@code /cabinet} shows is no longer «Обрабатываем Ваши данные» (CabinetController decides it so); one read
     * transaction for the check's queries.
     */
    boolean ready(UUID accountId) {
        return Boolean.TRUE.equals(readOnly.execute(status -> steps.current(accountId).isPresent()
                || journey.progress(accountId).stage() != RegistrationJourney.Stage.PROCESSING));
    }

    private void check(UUID accountId, DeferredResult<Map<String, Boolean>> answer, long deadline) {
        if (answer.isSetOrExpired()) {
            return;
        }
        try {
            boolean ready = ready(accountId);
            if (ready || System.nanoTime() >= deadline) {
                answer.setResult(Map.of("ready", ready));
            } else {
                schedule(accountId, answer, deadline, CHECK_EVERY);
            }
        } catch (RuntimeException e) {
            answer.setErrorResult(e);
        }
    }

    private void schedule(UUID accountId, DeferredResult<Map<String, Boolean>> answer, long deadline, Duration delay) {
        try {
            checks.schedule(() -> check(accountId, answer, deadline), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Next-step watch is shutting down");
            answer.setResult(Map.of("ready", false));
        }
    }

    @Override
    public void destroy() {
        checks.shutdownNow();
    }
}
