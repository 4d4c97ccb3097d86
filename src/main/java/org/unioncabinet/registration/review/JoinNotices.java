package org.unioncabinet.registration.review;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.registry.TicketNumber;

/** The mails of variant 2: to the member on the decision, to reviewers when an application waits. */
@Service
public class JoinNotices {

    private static final Logger log = LoggerFactory.getLogger(JoinNotices.class);

    private final MemberMailer mailer;
    private final AccountService accounts;
    private final IdentityService identity;

    public JoinNotices(MemberMailer mailer, AccountService accounts, IdentityService identity) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.identity = identity;
    }

    public void admitted(UUID accountId, String ticketNumber) {
        mailer.send(email(accountId), MailTemplate.ADMISSION, Map.of("ticket", new TicketNumber(ticketNumber).formatted()));
    }

    public void rejected(UUID accountId, String reason) {
        mailer.send(email(accountId), MailTemplate.REJECTION, Map.of("reason", reason == null ? "" : reason));
    }

    /** To every reviewer of the group who has an e-mail in Camunda Admin. */
    public void waiting(String group, MailTemplate template, String applicantName) {
        List<User> reviewers = identity.createUserQuery().memberOfGroup(group).list();
        long sent = reviewers.stream().filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .peek(user -> mailer.send(user.getEmail(), template, Map.of("applicant", applicantName)))
                .count();
        if (sent == 0) {
            log.warn("Nobody to notify in group {}: no reviewer with an e-mail", group);
        }
    }

    private String email(UUID accountId) {
        return accounts.find(accountId).orElseThrow().getEmail();
    }
}
