package org.unioncabinet.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * The operators' doors, each its own filter chain (the member portal's and the analysts' chains sit next to what
 * they secure, in {@code login} and {@code registration.funnel}; chains are tried in their order):
 * <ul>
 * <li>{@code /camunda/**}: Tasklist, Cockpit and Admin authenticate and protect against CSRF themselves
 * (session login, XSRF-TOKEN cookie), so Spring's CSRF is off there and Camunda's filters decide.
 * There is no engine REST API at all (the REST starter is not on the classpath).</li>
 * <li>{@code /actuator/**} and {@code /engine-rest/**}: health is open; everything else needs a Camunda admin
 * over HTTP basic. Under {@code /engine-rest} exist only the paths Camunda Modeler's «Deploy» calls
 * ({@code deployment.ModelerDeploymentController}); any other path is 401 for strangers, 404 for admins.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class OperatorSecurity {

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
}
