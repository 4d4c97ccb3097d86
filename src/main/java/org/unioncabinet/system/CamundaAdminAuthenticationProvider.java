package org.unioncabinet.system;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Operators are Camunda users: HTTP basic on the operator endpoints (actuator) checks the password
 * in Camunda's identity service and grants ROLE_ADMIN to members of the {@code camunda-admin} group.
 * One set of admin credentials for Cockpit, Admin and metrics.
 */
public class CamundaAdminAuthenticationProvider implements AuthenticationProvider {

    private final IdentityService identity;

    public CamundaAdminAuthenticationProvider(IdentityService identity) {
        this.identity = identity;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String user = authentication.getName();
        String password = String.valueOf(authentication.getCredentials());
        if (user == null || user.isBlank() || !identity.checkPassword(user, password)) {
            throw new BadCredentialsException("Bad credentials");
        }
        boolean admin = identity.createGroupQuery().groupMember(user).groupId(Groups.CAMUNDA_ADMIN).count() > 0;
        List<SimpleGrantedAuthority> authorities = admin ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN")) : List.of();
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
