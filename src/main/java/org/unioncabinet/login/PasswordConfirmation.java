package org.unioncabinet.login;

import java.time.Duration;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.unioncabinet.account.AccountService;

/**
 * A signed-in member proves it is them by typing their password again before something that cannot be undone
 * («Сменить пароль», «Удалить кабинет»): a session left open on a shared computer is not enough. Wrong passwords count
 * towards the login throttle like wrong logins, so the check is no way around it.
 */
@Service
public class PasswordConfirmation {

    private final AccountService accounts;
    private final LoginThrottle throttle;

    public PasswordConfirmation(AccountService accounts, LoginThrottle throttle) {
        this.accounts = accounts;
        this.throttle = throttle;
    }

    /**
     * @param wrong the message for a wrong password
     * @return the member's message when the password is not confirmed; empty when it is
     */
    public Optional<String> refusal(MemberPrincipal member, String password, String clientAddress, String wrong) {
        LoginThrottle.Subject subject = LoginThrottle.Subject.member(member.email());
        Optional<Duration> wait = throttle.blockedFor(subject, clientAddress);
        if (wait.isPresent()) {
            return Optional.of(LoginThrottle.message(wait.get()));
        }
        if (password.isEmpty()) {
            // no guess at all: nothing to count (a form sent without the field must not lock the member out)
            return Optional.of(wrong);
        }
        if (!accounts.passwordMatches(member.accountId(), password)) {
            throttle.recordFailure(subject, clientAddress);
            return Optional.of(wrong);
        }
        return Optional.empty();
    }
}
