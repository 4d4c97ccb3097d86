package org.unioncabinet.reviewer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.system.CabinetProperties;

/**
 * An imported reviewer's way in: a mail with a single-use link that expires ({@code REVIEWER_PASSWORD_LINK_LIFETIME},
 * default 7 days) to a page of the cabinet where they set their password, then Tasklist. The mail leaves from a job
 * (process {@value ReviewerInvitationProcess#KEY}), so the import itself sends nothing and a failing mail server is
 * retried and ends as an incident in Cockpit, as every mail of the cabinet.
 */
@Service
public class ReviewerInvitations {

    /** A reviewer still without a password gets a new link on a re-import at most this often. */
    static final Duration RESEND_AFTER = Duration.ofDays(1);

    private final IdentityService identity;
    private final RuntimeService runtime;
    private final ReviewerPasswordLinks links;
    private final MemberMailer mailer;
    private final Clock clock;
    private final Duration linkLifetime;
    private final String baseUrl;

    ReviewerInvitations(IdentityService identity, RuntimeService runtime, ReviewerPasswordLinks links,
            MemberMailer mailer, Clock clock, CabinetProperties properties,
            @Value("${cabinet.reviewers.password-link-lifetime:P7D}") Duration linkLifetime) {
        this.identity = identity;
        this.runtime = runtime;
        this.links = links;
        this.mailer = mailer;
        this.clock = clock;
        this.linkLifetime = linkLifetime;
        this.baseUrl = properties.baseUrl();
    }

    /**
     * Starts the mail of a link unless the user has a password, or was sent a link (or is about to be) within the
     * last day.
     *
     * @return whether a mail was started
     */
    @Transactional
    public boolean inviteIfWithoutPassword(String userId) {
        User user = identity.createUserQuery().userId(userId).singleResult();
        if (user == null || hasPassword(user) || user.getEmail() == null) {
            return false;
        }
        Instant dayAgo = clock.instant().minus(RESEND_AFTER);
        boolean recentLink = links.lastIssued(userId).filter(issued -> issued.isAfter(dayAgo)).isPresent();
        boolean mailUnderWay = runtime.createProcessInstanceQuery().processDefinitionKey(ReviewerInvitationProcess.KEY)
                .processInstanceBusinessKey(userId).count() > 0;
        if (recentLink || mailUnderWay) {
            return false;
        }
        runtime.startProcessInstanceByKey(ReviewerInvitationProcess.KEY, userId);
        return true;
    }

    /** Service task «Отправить ссылку для задания пароля»: the new link retires any earlier one still unused. */
    public void sendLink(String userId) {
        User user = activeReviewer(userId).orElse(null);
        // removed meanwhile, or a password set by other means (Camunda Admin): nothing to send
        if (user == null || hasPassword(user) || user.getEmail() == null) {
            return;
        }
        String token = links.issue(userId, linkLifetime);
        mailer.send(user.getEmail(), MailTemplate.REVIEWER_INVITATION, Map.of(
                "link", baseUrl + ReviewerPasswordController.PATH + "?token=" + token,
                "login", userId,
                "linkDays", Math.max(1, linkLifetime.toDays()),
                "tasklist", baseUrl + "/camunda/app/tasklist/"));
    }

    /** The reviewer a link still works for (and who may still use it), to show the form behind it. */
    public Optional<User> reviewerForLink(String token) {
        return links.usableOwner(token).flatMap(this::activeReviewer);
    }

    /**
     * Uses the link and sets the password.
     *
     * @return the reviewer, or empty when the link no longer works (used, expired, retired, or the reviewer removed)
     */
    @Transactional
    public Optional<User> setPassword(String token, String password) {
        Optional<User> reviewer = links.redeem(token).flatMap(this::activeReviewer);
        reviewer.ifPresent(user -> {
            user.setPassword(password);
            identity.saveUser(user);
        });
        return reviewer;
    }

    /** Removing a reviewer from their last organisation ends their links. */
    void retireLinks(String userId) {
        links.retireAll(userId);
    }

    void forget(String userId) {
        links.forget(userId);
    }

    private Optional<User> activeReviewer(String userId) {
        return Optional.ofNullable(identity.createUserQuery().userId(userId).memberOfGroup(ReviewerGroups.SHARED)
                .singleResult());
    }

    /** The engine returns the stored hash of a user's password; a reviewer the import made has none until they set it. */
    static boolean hasPassword(User user) {
        return user.getPassword() != null && !user.getPassword().isEmpty();
    }
}
