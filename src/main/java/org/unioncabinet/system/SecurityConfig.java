package org.unioncabinet.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.unioncabinet.login.LoginFailureHandler;
import org.unioncabinet.login.LoginThrottle;
import org.unioncabinet.login.MemberDetailsService;
import org.unioncabinet.login.ThrottledAuthenticationProvider;

import java.util.Map;

/**
 * Three doors, three filter chains:
 * <ul>
 * <li>{@code /camunda/**}: Tasklist, Cockpit and Admin authenticate and protect against CSRF themselves
 * (session login, XSRF-TOKEN cookie), so Spring's CSRF is off there and Camunda's filters decide.
 * There is no engine REST API at all (the REST starter is not on the classpath).</li>
 * <li>{@code /actuator/**} and {@code /engine-rest/**}: health is open; everything else needs a Camunda admin
 * over HTTP basic. Under {@code /engine-rest} exist only the paths Camunda Modeler's «Deploy» calls
 * ({@code deployment.ModelerDeploymentController}); any other path is 401 for strangers, 404 for admins.</li>
 * <li>{@code /admin/**}: pages for analysts and admins, for whoever is logged into the Camunda web apps as a
 * member of {@code camunda-admin} ({@link CamundaWebappSession}); read only.</li>
 * <li>everything else is the member portal: form login against member accounts, CSRF on every
 * state-changing request, a strict Content-Security-Policy.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class SecurityConfig {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private static final String[] PUBLIC_PAGES = {"/", "/register", "/login", "/confirm", "/confirm/resend",
        "/password/forgot", "/password/reset", "/documents/**", "/assets/**", "/css/**", "/img/**", "/favicon.ico",
        "/error", "/mailbox", "/mailbox/**",
        // reviewers: the controller itself checks the Camunda web apps login (ReviewDocumentController)
        "/review/documents/*"};

    /**
     * Argon2id with OWASP's parameters (19 MiB, 2 passes); the prefix lets us move to stronger ones later.
     * At most one hash per core at a time ({@link BoundedPasswordEncoder}).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        PasswordEncoder argon2 = new Argon2PasswordEncoder(16, 32, 1, 19 * 1024, 2);
        return new BoundedPasswordEncoder(new DelegatingPasswordEncoder("argon2", Map.of("argon2", argon2)),
                Runtime.getRuntime().availableProcessors());
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    @Bean
    @Order(1)
    SecurityFilterChain camundaWebapps(HttpSecurity http) throws Exception {
        // Tasklist's API is a JAX-RS servlet, not Spring MVC: match the raw path, not an MVC pattern.
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/camunda/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain operatorEndpoints(HttpSecurity http, IdentityService identity) throws Exception {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return http.securityMatcher(new OrRequestMatcher(paths.matcher("/actuator/**"), paths.matcher("/engine-rest/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths.matcher("/actuator/health"), paths.matcher("/actuator/health/**")).permitAll()
                        .anyRequest().hasRole("ADMIN"))
                .authenticationManager(new ProviderManager(new CamundaAdminAuthenticationProvider(identity)))
                .httpBasic(basic -> basic.realmName("Union Cabinet operators"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain analystPages(HttpSecurity http) throws Exception {
        return http.securityMatcher(PathPatternRequestMatcher.withDefaults().matcher("/admin/**"))
                .authorizeHttpRequests(requests -> requests.anyRequest().access((authentication, context) ->
                        new AuthorizationDecision(CamundaWebappSession.isAdmin(context.getRequest()))))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }

    @Bean
    @Order(4)
    SecurityFilterChain memberPortal(HttpSecurity http, MemberDetailsService members, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, SecurityContextRepository contextRepository) throws Exception {
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
                        .defaultSuccessUrl("/cabinet", true)
                        .failureHandler(new LoginFailureHandler())
                        .permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/?logout").permitAll())
                // The token is read from the page (meta tag / hidden field), so no deferred-token indirection.
                .csrf(csrf -> csrf.csrfTokenRequestHandler(new CsrfTokenRequestAttributeHandler()))
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }
}
