package org.unioncabinet.login;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.unioncabinet.account.Account;

/** The signed-in member, as kept in the session: the account id is what every ownership check uses. */
public final class MemberPrincipal implements UserDetails, CredentialsContainer {

    private static final long serialVersionUID = 1L;
    private static final List<GrantedAuthority> AUTHORITIES = List.of(new SimpleGrantedAuthority("ROLE_MEMBER"));

    private final UUID accountId;
    private final String email;
    private String passwordHash;

    private MemberPrincipal(UUID accountId, String email, String passwordHash) {
        this.accountId = accountId;
        this.email = email;
        this.passwordHash = passwordHash;
    }

    public static MemberPrincipal of(Account account) {
        return new MemberPrincipal(account.getId(), account.getEmail(), account.getPasswordHash());
    }

    public UUID accountId() {
        return accountId;
    }

    public String email() {
        return email;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AUTHORITIES;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
