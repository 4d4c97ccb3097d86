package org.unioncabinet.dictation;

import java.util.HashMap;
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
    private final Certificates certificates;

    ResultMail(Attempts attempts, AccountService accounts, MemberMailer mailer, Certificates certificates) {
        this.attempts = attempts;
        this.accounts = accounts;
        this.mailer = mailer;
        this.certificates = certificates;
    }

    /**
     * Sends it, with the certificate's verification code and its address; nothing when the cabinet was deleted
     * meanwhile. The certificate itself stays in the cabinet: a mail carries no PDF with the member's name.
     */
    public void send(UUID attemptId) {
        attempts.result(attemptId).ifPresent(result -> accounts.find(result.accountId()).ifPresent(account -> {
            Map<String, Object> variables = new HashMap<>(Map.of("edition", result.editionTitle(),
                    "result", Points.outOf(result.score(), result.maxScore()), "award", result.award().label()));
            certificates.codeOf(attemptId).ifPresent(code -> {
                variables.put("code", code.grouped());
                variables.put("verifyLink", certificates.verifyAddress(code));
            });
            mailer.send(account.getEmail(), MailTemplate.DICTATION_RESULT, variables);
        }));
    }
}
