package org.unioncabinet.account;

import java.util.List;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;
import org.unioncabinet.system.Sha256;

/**
 * Closing the cabinet, last of all erasures: the account becomes a tombstone (e-mail and password gone, status
 * CLOSED) and its links are deleted. The row stays: the signature records that are kept reference it, and its
 * acceptance of the signature agreement (version, time) is part of what proves those signatures.
 */
@Component
class AccountErasure implements PersonalDataErasure {

    private final AccountRepository accounts;
    private final OneTimeTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;

    AccountErasure(AccountRepository accounts, OneTimeTokenRepository tokens, PasswordEncoder passwordEncoder) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public int order() {
        return 1000;
    }

    @Override
    public Erased erase(UUID accountId) {
        Account account = accounts.findById(accountId)
                .orElseThrow(() -> new IllegalStateException("No account " + accountId));
        int links = tokens.deleteByAccount(accountId);
        // a secret nobody ever sees: no password can sign in
        account.close(passwordEncoder.encode(Sha256.hex(UUID.randomUUID() + ":" + UUID.randomUUID())));
        return new Erased(List.of("account: e-mail replaced by a tombstone, password hash replaced, status CLOSED",
                "one_time_token: " + links + " rows deleted"),
                List.of(new Kept("account: id, created and confirmed times, signature agreement version and time",
                        "the signature records kept reference the account, and the signer's acceptance of the signature"
                                + " agreement is part of their evidence (63-FZ art. 9); no personal data is left in it",
                        null)));
    }
}
