package org.unioncabinet.registration.confirmation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.account.Account;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.EmailAddress;
import org.unioncabinet.registration.RegistrationJourney;

/** Instruction steps 1–4: an account is created and its registration journey starts, together or not at all. */
@Service
public class Registration {

    private final AccountService accounts;
    private final RegistrationJourney journey;
    private final EmailConfirmation confirmation;

    public Registration(AccountService accounts, RegistrationJourney journey, EmailConfirmation confirmation) {
        this.accounts = accounts;
        this.journey = journey;
        this.confirmation = confirmation;
    }

    /** @throws org.unioncabinet.account.EmailAlreadyRegisteredException when the e-mail has an account */
    @Transactional
    public Account register(EmailAddress email, String password) {
        Account account = accounts.create(email, password);
        journey.start(account.getId());
        confirmation.startCooldown(account.getId());
        return account;
    }
}
