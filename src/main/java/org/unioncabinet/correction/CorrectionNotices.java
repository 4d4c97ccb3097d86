package org.unioncabinet.correction;

import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.mail.MemberMailer;
import org.unioncabinet.reviewer.ReviewerMail;

/** The mails of a correction statement: to the member on the decision, to reviewers when one waits. */
@Service
class CorrectionNotices {

    private final MemberMailer mailer;
    private final AccountService accounts;
    private final CorrectionStatements statements;
    private final ReviewerMail reviewers;

    CorrectionNotices(MemberMailer mailer, AccountService accounts, CorrectionStatements statements,
            ReviewerMail reviewers) {
        this.mailer = mailer;
        this.accounts = accounts;
        this.statements = statements;
        this.reviewers = reviewers;
    }

    void approved(UUID statementId) {
        CorrectionStatement statement = statements.get(statementId);
        mailer.send(email(statement.getAccountId()), MailTemplate.CORRECTION_APPROVED,
                Map.of("linked", statement.isLinked()));
    }

    /** The reason the reviewer gave, as the statement recorded it. */
    void rejected(UUID statementId) {
        CorrectionStatement statement = statements.get(statementId);
        String reason = statement.getRejectionReason();
        mailer.send(email(statement.getAccountId()), MailTemplate.CORRECTION_REJECTED,
                Map.of("reason", reason == null ? "" : reason));
    }

    /** A new statement, to the reviewers of the group who want a mail for each. */
    void arrived(String group, UUID statementId) {
        reviewers.arrived(group, MailTemplate.CORRECTION_REVIEW_ARRIVED, applicant(statementId));
    }

    /** A late statement, to every reviewer of the group. */
    void waiting(String group, MailTemplate template, UUID statementId) {
        reviewers.waiting(group, template, applicant(statementId));
    }

    private Map<String, Object> applicant(UUID statementId) {
        return Map.of("applicant", statements.labels(statementId).applicantName());
    }

    private String email(UUID accountId) {
        return accounts.find(accountId).orElseThrow().getEmail();
    }
}
