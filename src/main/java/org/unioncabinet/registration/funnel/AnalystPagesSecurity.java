package org.unioncabinet.registration.funnel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.unioncabinet.system.CamundaWebappSession;
import org.unioncabinet.system.SecurityHeaders;

/**
 * {@code /admin/**}: pages for analysts and admins, for whoever is logged into the Camunda web apps as a member of
 * {@code camunda-admin} or of {@value CamundaWebappSession#ANALYSTS} ({@link CamundaWebappSession#isAnalyst}); read
 * only. A page for admins alone checks {@link CamundaWebappSession#isAdmin} itself (the dictation's correct answers).
 * After the operators' chains, before the portal's.
 */
@Configuration(proxyBeanMethods = false)
class AnalystPagesSecurity {

    @Bean
    @Order(3)
    SecurityFilterChain analystPages(HttpSecurity http, CamundaWebappSession webapps) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/admin/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision(webapps.isAnalyst(context.getRequest()))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }
}
