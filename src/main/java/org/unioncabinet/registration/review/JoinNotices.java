package org.unioncabinet.registration.review;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.registration.joining.JoinApplication;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.registry.TicketNumber;
import org.unioncabinet.reviewer.ReviewerMail;

/** The mails of variant 2: to the member on the decision, to reviewers when an application waits. */
@Service
public class JoinNotices {

    private final MemberMailer mailer;
    private final AccountService accounts;
    private final JoinApplications applications;
    private final ReviewerMail reviewers;

    public JoinNotices(MemberMailer mailer, AccountService accounts, JoinApplications applications,
            ReviewerMail reviewers) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.applications = applications;
        this.reviewers = reviewers;
    }

    /** The e-ticket number of the admitted member, as the application recorded it. */
    public void admitted(UUID applicationId) {
        JoinApplication application = applications.get(applicationId);
        mailer.send(email(application.getAccountId()), MailTemplate.ADMISSION,
                Map.of("ticket", new TicketNumber(application.getTicketNumber()).formatted()));
    }

    /** The reason the reviewer gave, as the application recorded it. */
    public void rejected(UUID applicationId) {
        JoinApplication application = applications.get(applicationId);
        String reason = application.getRejectionReason();
        mailer.send(email(application.getAccountId()), MailTemplate.REJECTION, Map.of("reason", reason == null ? "" : reason));
    }

    /**
     * A new application, to the reviewers of the group who want a mail for each; those who chose one mail a day read
     * it in their digest ({@link ReviewDigest}).
     */
    public void arrived(String group, UUID applicationId) {
        reviewers.arrived(group, MailTemplate.REVIEW_ARRIVED, applicant(applicationId));
    }

    /** To every reviewer of the group who has an e-mail in Camunda Admin, naming the applicant. */
    public void waiting(String group, MailTemplate template, UUID applicationId) {
        reviewers.waiting(group, template, applicant(applicationId));
    }

    private Map<String, Object> applicant(UUID applicationId) {
        return Map.of("applicant", applications.labels(applicationId).applicantName());
    }

    private String email(UUID accountId) {
        return accounts.find(accountId).orElseThrow().getEmail();
    }
}
