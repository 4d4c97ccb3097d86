package org.unioncabinet.dictation;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;

/** The mail with an attempt's result, read from the record. */
@Service
public class ResultMail {

    private final Attempts attempts;
    private final AccountService accounts;
    private final MemberMailer mailer;

    ResultMail(Attempts attempts, AccountService accounts, MemberMailer mailer) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.mailer = mailer;
    }

    /** Sends it; nothing when the cabinet was deleted meanwhile. */
    public void send(UUID attemptId) {
        attempts.result(attemptId).ifPresent(result -> accounts.find(result.accountId())
                .ifPresent(account -> mailer.send(account.getEmail(), MailTemplate.DICTATION_RESULT, Map.of(
                        "edition", result.editionTitle(), "score", result.score(), "maxScore", result.maxScore(),
                        "award", result.award().label()))));
    }
}
