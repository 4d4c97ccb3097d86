package org.unioncabinet.login;

import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.mydata.PersonalDataErasure;

/** Closing the cabinet: every session of the member ends, and their sign-ins are deleted. */
@Component
class SignInErasure implements PersonalDataErasure {

    private final SignIns signIns;
    private final MemberSessions sessions;
    private final AccountService accounts;

    SignInErasure(SignIns signIns, MemberSessions sessions, AccountService accounts) {
        this.signIns = signIns;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    /** Before the account, whose e-mail names the sessions. */
    @Override
    public int order() {
        return 10;
    }

    @Override
    public Erased erase(UUID accountId) {
        accounts.find(accountId).map(Account::getEmail).ifPresent(sessions::endAll);
        int deleted = signIns.deleteAll(accountId);
        return Erased.only("spring_session: every session of the member ended",
                "member_sign_in: " + deleted + " rows deleted");
    }
}
