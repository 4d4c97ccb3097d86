package org.unioncabinet.registration.review;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.registration.joining.JoinApplication;
import org.unioncabinet.registration.joining.JoinApplications;
import org.unioncabinet.registry.TicketNumber;

/** The mails of variant 2: to the member on the decision, to reviewers when an application waits. */
@Service
public class JoinNotices {

    private static final Logger log = LoggerFactory.getLogger(JoinNotices.class);

    private final MemberMailer mailer;
    private final AccountService accounts;
    private final IdentityService identity;
    private final JoinApplications applications;
    private final ReviewerNotifications notifications;

    public JoinNotices(MemberMailer mailer, AccountService accounts, IdentityService identity,
            JoinApplications applications, ReviewerNotifications notifications) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.identity = identity;
        this.applications = applications;
        this.notifications = notifications;
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
        List<User> reviewers = identity.createUserQuery().memberOfGroup(group).list();
        Set<String> digestReaders = notifications.digestReaders(reviewers.stream().map(User::getId).toList());
        List<User> now = reviewers.stream().filter(user -> !digestReaders.contains(user.getId())).toList();
        if (now.isEmpty() && !digestReaders.isEmpty()) {
            return;
        }
        send(group, MailTemplate.REVIEW_ARRIVED, applicationId, now);
    }

    /** To every reviewer of the group who has an e-mail in Camunda Admin, naming the applicant. */
    public void waiting(String group, MailTemplate template, UUID applicationId) {
        send(group, template, applicationId, identity.createUserQuery().memberOfGroup(group).list());
    }

    private void send(String group, MailTemplate template, UUID applicationId, List<User> reviewers) {
        String applicantName = applications.labels(applicationId).applicantName();
        long sent = reviewers.stream().filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .peek(user -> mailer.send(user.getEmail(), template, Map.of("applicant", applicantName)))
                .count();
        if (sent == 0) {
            log.warn("Nobody to notify in group {} of {}: no reviewer with an e-mail", group, template);
        }
    }

    private String email(UUID accountId) {
        return accounts.find(accountId).orElseThrow().getEmail();
    }
}
