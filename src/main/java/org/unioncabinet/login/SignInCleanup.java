package org.unioncabinet.login;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes sign-ins older than 90 days, once a day at night (Moscow time), on one node of several: ShedLock's lock in
 * {@code app.shedlock}, as the reviewers' digest has (the scheduler and the lock provider are set up there).
 */
@Component
class SignInCleanup {

    private static final Logger log = LoggerFactory.getLogger(SignInCleanup.class);

    private final SignIns signIns;

    SignInCleanup(SignIns signIns) {
        this.signIns = signIns;
    }

    @Scheduled(cron = "${cabinet.sign-ins.cleanup-cron:0 40 3 * * *}", zone = "Europe/Moscow")
    @SchedulerLock(name = "memberSignInCleanup", lockAtMostFor = "PT30M")
    void run() {
        int deleted = signIns.deleteExpired();
        log.info("Deleted {} sign-ins older than {} days", deleted, SignIns.KEPT.toDays());
    }
}
