package org.unioncabinet.login;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;
import org.unioncabinet.system.SecurityHeaders;

/**
 * The member portal: every path no earlier chain took (the operators' in {@code system.OperatorSecurity}, the
 * analysts' in {@code registration.funnel}). Form login against member accounts, CSRF on every state-changing
 * request, a strict Content-Security-Policy; anything not listed here is refused.
 */
@Configuration(proxyBeanMethods = false)
class MemberPortalSecurity {

    private static final String[] PUBLIC_PAGES = {"/", "/register", "/login", "/confirm", "/confirm/resend",
        "/password/forgot", "/password/reset", "/documents/**", "/assets/**", "/css/**", "/img/**", "/favicon.ico",
        "/error", "/mailbox", "/mailbox/**", "/demo/members",
        // the link mailed to a new address (emailchange.EmailChangeController): it proves the mailbox, signs nobody in
        "/email/confirm",
        // «Это были не вы?» in the notice to the old address (emailchange.EmailChangeController): the account has
        // another address now, so its old owner cannot sign in; the single-use link is the proof
        "/email/undo",
        // what a member sees after «Удалить кабинет», signed out (closing.ClosingController)
        "/closed",
        // the public check of a dictation certificate: the form and where its QR code leads (dictation.VerifyController)
        "/verify", "/verify/*",
        // an imported reviewer's link to set their password (reviewer.ReviewerPasswordController)
        "/reviewer/password",
        // reviewers: the controllers themselves check the Camunda web apps login (registration.review)
        "/review/documents/*", "/review/applications/*", "/review/applications/*/outcome",
        "/review/notifications",
        // the correction statements' reviewers (correction.CorrectionReviewController checks the web apps login)
        "/review/corrections/*", "/review/corrections/*/document", "/review/corrections/*/scan",
        // the withdrawal controllers check the web apps login the same way (withdrawal.ReviewWithdrawalController)
        "/review/withdrawals/*", "/review/withdrawals/*/statement"};

    /**
     * Sends the anonymous to {@code /login}, not to {@code http://<the request's Host>/login}: a Host header is the
     * client's word, and a forged one must not send a member elsewhere (Tomcat's own redirects are relative too,
     * {@code server.tomcat.use-relative-redirects}).
     */
    private static final ObjectPostProcessor<LoginUrlAuthenticationEntryPoint> RELATIVE_LOGIN_REDIRECT =
            new ObjectPostProcessor<>() {
                @Override
                public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O entryPoint) {
                    entryPoint.setFavorRelativeUris(true);
                    return entryPoint;
                }
            };

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /**
     * The CSRF token of the portal's forms in a cookie of its own, not in the session: a page anyone may open (home,
     * login, registration) then stores nothing in PostgreSQL. Its own name, because the Camunda web apps keep theirs
     * in {@code XSRF-TOKEN}; HttpOnly, since pages carry the token in their forms and meta tag.
     */
    @Bean
    CookieCsrfTokenRepository memberCsrfTokens(@Value("${server.servlet.session.cookie.secure:false}") boolean secure) {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName("CABINET-CSRF");
        tokens.setCookieCustomizer(cookie -> cookie.secure(secure).sameSite("Lax"));
        return tokens;
    }

    /** After «Войти»: the sign-in recorded («Мои данные»), then always to {@code /cabinet}. */
    private static AuthenticationSuccessHandler recordingSignIns(SignIns signIns) {
        SimpleUrlAuthenticationSuccessHandler toCabinet = new SimpleUrlAuthenticationSuccessHandler("/cabinet");
        toCabinet.setAlwaysUseDefaultTargetUrl(true);
        return (request, response, authentication) -> {
            if (authentication.getPrincipal() instanceof MemberPrincipal member) {
                signIns.record(member.accountId(), SignInMethod.PASSWORD, request);
            }
            toCabinet.onAuthenticationSuccess(request, response, authentication);
        };
    }

    @Bean
    @Order(4)
    SecurityFilterChain memberPortal(HttpSecurity http, MemberDetailsService members, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, SecurityContextRepository contextRepository, CookieCsrfTokenRepository csrfTokens,
            SignIns signIns) throws Exception {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(members);
        passwordCheck.setPasswordEncoder(passwordEncoder);
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_PAGES).permitAll()
                        .requestMatchers("/cabinet", "/cabinet/**").hasRole("MEMBER")
                        .anyRequest().denyAll())
                .authenticationManager(new ProviderManager(new ThrottledAuthenticationProvider(passwordCheck, throttle)))
                .securityContext(context -> context.securityContextRepository(contextRepository))
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(recordingSignIns(signIns))
                        .failureHandler(new LoginFailureHandler())
                        .withObjectPostProcessor(RELATIVE_LOGIN_REDIRECT)
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout").permitAll())
                // The token is read from the page (meta tag / hidden field), so no deferred-token indirection.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens)
                        .csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                // After «Войти» the member always lands on /cabinet: no need to remember (in a session) where an
                // anonymous visitor was going.
                .requestCache(cache -> cache.requestCache(new NullRequestCache()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }
}
