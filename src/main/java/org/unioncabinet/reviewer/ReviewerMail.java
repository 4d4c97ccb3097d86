package org.unioncabinet.reviewer;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;

/**
 * Mail to the reviewers of one organisation's group, for every statement they review (join applications, correction
 * statements, consent withdrawals): news of an arrival goes only to those who want a mail for each (the others read it
 * in their digest, {@link ReviewerNotifications}); lateness (reminders, escalations) goes to everyone of the group.
 * Only reviewers with an e-mail in Camunda Admin can be told; a group with none is logged, as the task still waits in
 * Tasklist.
 */
@Service
public class ReviewerMail {

    private static final Logger log = LoggerFactory.getLogger(ReviewerMail.class);

    private final IdentityService identity;
    private final ReviewerNotifications notifications;
    private final MemberMailer mailer;

    public ReviewerMail(IdentityService identity, ReviewerNotifications notifications, MemberMailer mailer) {
        this.identity = identity;
        this.notifications = notifications;
        this.mailer = mailer;
    }

    /** A new statement waits: to the reviewers of the group who want a mail for each. */
    public void arrived(String group, MailTemplate template, Map<String, Object> model) {
        List<User> reviewers = reviewersOf(group);
        Set<String> digestReaders = notifications.digestReaders(reviewers.stream().map(User::getId).toList());
        List<User> now = reviewers.stream().filter(user -> !digestReaders.contains(user.getId())).toList();
        if (now.isEmpty() && !digestReaders.isEmpty()) {
            return;
        }
        send(group, template, model, now);
    }

    /** A statement is late: to every reviewer of the group. */
    public void waiting(String group, MailTemplate template, Map<String, Object> model) {
        send(group, template, model, reviewersOf(group));
    }

    private List<User> reviewersOf(String group) {
        return identity.createUserQuery().memberOfGroup(group).list();
    }

    private void send(String group, MailTemplate template, Map<String, Object> model, List<User> reviewers) {
        long sent = reviewers.stream().filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .peek(user -> mailer.send(user.getEmail(), template, model))
                .count();
        if (sent == 0) {
            log.warn("Nobody to notify in group {} of {}: no reviewer with an e-mail", group, template);
        }
    }
}
