package org.unioncabinet.login;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.unioncabinet.account.AccountService;
import org.unioncabinet.account.EmailAddress;

/** Finds a member for login by e-mail, compared as {@link EmailAddress} does. */
@Service
public class MemberDetailsService implements UserDetailsService {

    private final AccountService accounts;

    public MemberDetailsService(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(new EmailAddress(email))
                .filter(account -> !account.isClosed())
                .map(MemberPrincipal::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such member"));
    }
}
