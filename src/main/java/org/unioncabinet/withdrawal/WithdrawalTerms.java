package org.unioncabinet.withdrawal;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.unioncabinet.calendar.WorkingDays;

/**
 * The legal clocks of one withdrawal, from the moment its statement was signed: the answer's last day in working days
 * of the production calendar, the destruction's in days, both Moscow dates; each term is over at the end of its last
 * day, and its reminder comes when the configured part of it is left.
 */
@Component
class WithdrawalTerms {

    record Terms(LocalDate answerDueOn, Instant answerReminderAt, Instant answerDueAt, LocalDate destructionDueOn,
            Instant destructionReminderAt, Instant destructionDueAt) {
    }

    private final WorkingDays workingDays;
    private final WithdrawalProperties settings;

    WithdrawalTerms(WorkingDays workingDays, WithdrawalProperties settings) {
        this.workingDays = workingDays;
        this.settings = settings;
    }

    Terms from(Instant signedAt) {
        LocalDate answerDue = workingDays.plus(signedAt, settings.answerWorkingDays());
        LocalDate answerReminder = workingDays.plus(signedAt,
                settings.answerWorkingDays() - settings.remindWorkingDays());
        LocalDate signedOn = signedAt.atZone(WorkingDays.MOSCOW).toLocalDate();
        LocalDate destructionDue = signedOn.plusDays(settings.destructionDays());
        LocalDate destructionReminder = destructionDue.minusDays(settings.destructionRemindDays());
        return new Terms(answerDue, WorkingDays.endOf(answerReminder), WorkingDays.endOf(answerDue), destructionDue,
                WorkingDays.endOf(destructionReminder), WorkingDays.endOf(destructionDue));
    }
}
