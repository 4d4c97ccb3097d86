package org.unioncabinet.withdrawal;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.reviewer.ReviewerMail;
import org.unioncabinet.system.DisplayDates;

/**
 * The mails of a withdrawal: to the member at each step (received with its terms, answered, destruction confirmed), to
 * the organisation's reviewers when it arrives and when a term comes near or passes. A withdrawal's clock is the law's:
 * its arrival goes to every reviewer of the group at once, whatever they chose for join applications (the daily digest
 * lists those only).
 */
@Service
class WithdrawalNotices {

    private final ConsentWithdrawals withdrawals;
    private final MemberMailer mailer;
    private final ReviewerMail reviewers;
    private final DisplayDates dates;

    WithdrawalNotices(ConsentWithdrawals withdrawals, MemberMailer mailer, ReviewerMail reviewers, DisplayDates dates) {
        this.withdrawals = withdrawals;
        this.mailer = mailer;
        this.reviewers = reviewers;
        this.dates = dates;
    }

    /** Which term a reminder or an escalation is about. */
    enum Term {
        ANSWER("ответ на отзыв согласия"),
        DESTRUCTION("подтверждение уничтожения персональных данных");

        final String words;

        Term(String words) {
            this.words = words;
        }
    }

    void toMember(UUID withdrawalId, MailTemplate template) {
        WithdrawalView view = withdrawals.find(withdrawalId).orElseThrow();
        Map<String, Object> model = new HashMap<>();
        model.put("answerDue", date(view.answerDueOn()));
        model.put("destructionDue", date(view.destructionDueOn()));
        model.put("hasOrganisation", view.hasOrganisation());
        model.put("destroyed", text(view.destroyedData()));
        model.put("kept", text(view.keptData()));
        model.put("keptBasis", view.keptBasisLabel() == null ? "" : view.keptBasisLabel());
        mailer.send(withdrawals.email(withdrawalId), template, model);
    }

    void arrived(String group, UUID withdrawalId) {
        reviewers.waiting(group, MailTemplate.WITHDRAWAL_ARRIVED, reviewerModel(withdrawalId, Term.ANSWER));
    }

    void waiting(String group, MailTemplate template, UUID withdrawalId, Term term) {
        reviewers.waiting(group, template, reviewerModel(withdrawalId, term));
    }

    private Map<String, Object> reviewerModel(UUID withdrawalId, Term term) {
        WithdrawalView view = withdrawals.find(withdrawalId).orElseThrow();
        ConsentWithdrawals.Labels labels = withdrawals.labels(withdrawalId);
        return Map.of("applicant", labels.applicantName(), "term", term.words,
                "due", date(term == Term.ANSWER ? view.answerDueOn() : view.destructionDueOn()));
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private String date(LocalDate date) {
        return date == null ? "" : dates.date(date.atStartOfDay(DisplayDates.MOSCOW).toInstant());
    }
}
