package org.unioncabinet.login;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.PasswordPolicy;

/**
 * «Сменить пароль» in the cabinet: the current password is required (a session left open on a shared computer must
 * not be enough), wrong ones count towards the login throttle like wrong logins, and every other session of the
 * member ends, so whoever knew the old password is signed out everywhere.
 */
@Service
public class PasswordChange {

    /** What a change did; a refusal names the field it belongs to. */
    public sealed interface Outcome {
        record Changed() implements Outcome {
        }

        record Refused(String field, String message) implements Outcome {
        }
    }

    public static final String CURRENT_PASSWORD = "currentPassword";
    public static final String PASSWORD = "password";
    public static final String PASSWORD_REPEAT = "passwordRepeat";

    private final AccountService accounts;
    private final PasswordPolicy policy;
    private final LoginThrottle throttle;
    private final MemberSessions sessions;
    private final PasswordConfirmation confirmation;

    public PasswordChange(AccountService accounts, PasswordPolicy policy, LoginThrottle throttle,
            MemberSessions sessions, PasswordConfirmation confirmation) {
        this.confirmation = confirmation;
        this.accounts = accounts;
        this.policy = policy;
        this.throttle = throttle;
        this.sessions = sessions;
    }

    /**
     * @param keptSessionId the member's own session, which stays signed in
     */
    public Outcome change(MemberPrincipal member, String current, String password, String repeat, String clientAddress,
            String keptSessionId) {
        Optional<String> notConfirmed = confirmation.refusal(member, current, clientAddress, "Неверный текущий пароль.");
        if (notConfirmed.isPresent()) {
            return new Outcome.Refused(CURRENT_PASSWORD, notConfirmed.get());
        }
        UUID accountId = member.accountId();
        LoginThrottle.Subject subject = LoginThrottle.Subject.member(member.email());
        Optional<String> violation = policy.violation(password, member.email());
        if (violation.isPresent()) {
            return new Outcome.Refused(PASSWORD, violation.get());
        }
        if (!password.equals(repeat)) {
            return new Outcome.Refused(PASSWORD_REPEAT, "Пароли не совпадают.");
        }
        if (password.equals(current)) {
            return new Outcome.Refused(PASSWORD, "Новый пароль совпадает с текущим.");
        }
        accounts.changePassword(accountId, password);
        throttle.forgetFailures(subject, clientAddress);
        sessions.endAllOthers(member.email(), keptSessionId);
        return new Outcome.Changed();
    }
}
