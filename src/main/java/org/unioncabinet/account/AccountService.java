package org.unioncabinet.account;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.unioncabinet.legal.LegalTextKind;
import org.unioncabinet.legal.LegalTexts;

/** Creating, confirming and removing member accounts. */
@Service
public class AccountService {

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LegalTexts legalTexts;
    private final Clock clock;

    public AccountService(AccountRepository accounts, PasswordEncoder passwordEncoder, LegalTexts legalTexts,
            Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.legalTexts = legalTexts;
        this.clock = clock;
    }

    /**
     * Creates an unconfirmed account that accepted the current signature agreement.
     *
     * @throws EmailAlreadyRegisteredException also when a concurrent request registered the same e-mail first
     */
    @Transactional
    public Account create(EmailAddress email, String password) {
        if (accounts.existsByEmail(email.value())) {
            throw new EmailAlreadyRegisteredException();
        }
        int agreementVersion = legalTexts.current(LegalTextKind.SIGNATURE_AGREEMENT).getVersion();
        Account account = new Account(email, passwordEncoder.encode(password), agreementVersion, clock.instant());
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raceLost) {
            // The unique index decides between two simultaneous registrations of one e-mail.
            throw new EmailAlreadyRegisteredException();
        }
    }

    /**
     * Serialises what one member does at the same moment (a double click, two tabs): a second transaction that
     * locks the account waits until the first has committed, then finds what it changed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lock(UUID accountId) {
        accounts.lockById(accountId);
    }

    @Transactional
    public Account confirm(UUID accountId) {
        Account account = require(accountId);
        account.confirm(clock.instant());
        return account;
    }

    /** Whether the password is the account's (for «Сменить пароль»; signing in goes through Spring Security). */
    @Transactional(readOnly = true)
    public boolean passwordMatches(UUID accountId, String password) {
        return passwordEncoder.matches(password, require(accountId).getPasswordHash());
    }

    @Transactional
    public void changePassword(UUID accountId, String newPassword) {
        require(accountId).changePassword(passwordEncoder.encode(newPassword));
    }

    /**
     * Replaces the account's e-mail, if no other account has the address.
     *
     * @throws EmailAlreadyRegisteredException also when a concurrent change or registration took the address first
     *         (the unique index decides); the caller's transaction is then void
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Account changeEmail(UUID accountId, EmailAddress newEmail) {
        if (accounts.existsByEmail(newEmail.value())) {
            throw new EmailAlreadyRegisteredException();
        }
        Account account = require(accountId);
        account.changeEmail(newEmail);
        try {
            return accounts.saveAndFlush(account);
        } catch (DataIntegrityViolationException raceLost) {
            throw new EmailAlreadyRegisteredException();
        }
    }

    /**
     * Deletes an account that was never confirmed, with everything it holds (its links go by cascade).
     * A confirmed account is kept: the member got there first.
     *
     * @return whether anything was deleted
     */
    @Transactional
    public boolean deleteUnconfirmed(UUID accountId) {
        return accounts.findById(accountId)
                .filter(account -> !account.isConfirmed())
                .map(account -> {
                    accounts.delete(account);
                    return true;
                })
                .orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(UUID accountId) {
        return accounts.findById(accountId);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByEmail(EmailAddress email) {
        return accounts.findByEmail(email.value());
    }

    private Account require(UUID accountId) {
        return accounts.findById(accountId)
                .orElseThrow(() -> new IllegalStateException("No account " + accountId));
    }
}
