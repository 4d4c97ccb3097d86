package org.unioncabinet.system;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * HTTP sessions in PostgreSQL (Spring Session JDBC, tables from {@code V10__http_sessions.sql}), shared by every
 * node. Tasklist sends several requests of one session at once; with the plain INSERT two of them adding the same
 * attribute would collide on its primary key and one would fail, so attributes are written with PostgreSQL's upsert.
 * <p>
 * A session costs as little as it can: read once per request, written only when it changed (see
 * {@link WriteOnChangeSessions}, the repository Spring Session's filter uses), and not read at all for the portal's
 * static files, which a signed-in browser asks for with its session cookie.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

    /** The portal's static files (stylesheets, images, the script bundle): nothing in a session concerns them. */
    static final String[] STATIC_RESOURCES = {"/css/*", "/img/*", "/assets/*", "/favicon.ico"};

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * The repository behind Spring Session's filter and {@code login.MemberSessions}: Spring Boot's JDBC repository
     * (its table, timeout, clean-up and the upsert above), wrapped once it is configured. A post-processor rather than
     * a second repository bean: Boot configures its repository only while no other one exists.
     *
     * @param lastAccessWriteInterval how stale the stored last-access time may get before a request writes it: the
     *                                accuracy of the 30-minute expiry, traded against a write per request
     */
    @Bean
    static BeanPostProcessor writeOnChangeSessions(
            @Value("${cabinet.sessions.last-access-write-interval:PT60S}") Duration lastAccessWriteInterval) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbcSessions
                        ? new WriteOnChangeSessions<>(jdbcSessions, lastAccessWriteInterval) : bean;
            }
        };
    }

    /** Around Spring Session's filter: within one request a session is read from PostgreSQL once. */
    @Bean
    FilterRegistrationBean<Filter> sessionReadOncePerRequest() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(SharedSessions::readOncePerRequest);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /**
     * Inside Spring Session's filter: a static file's request does not see the session (Spring MVC would read it to
     * look for flash attributes), so serving it asks nothing of PostgreSQL. Creating a session still works, on the
     * one the request carries, so nothing here can sign a member out.
     */
    @Bean
    FilterRegistrationBean<Filter> staticResourcesWithoutSession() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(
                (request, response, chain) -> chain.doFilter(new WithoutExistingSession((HttpServletRequest) request),
                        response));
        registration.addUrlPatterns(STATIC_RESOURCES);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 1);
        return registration;
    }

    /**
     * Between Spring Session's filter and Camunda's: the web apps' CSRF token is made once per session, however many
     * of Tasklist's requests make it at once ({@link WebappsCsrfTokens}).
     */
    @Bean
    FilterRegistrationBean<Filter> webappsCsrfTokens() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(new WebappsCsrfTokens());
        registration.addUrlPatterns("/camunda/*");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER + 2);
        return registration;
    }

    private static void readOncePerRequest(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        WriteOnChangeSessions.openRequestScope();
        try {
            chain.doFilter(request, response);
        } finally {
            WriteOnChangeSessions.closeRequestScope();
        }
    }

    private static final class WithoutExistingSession extends HttpServletRequestWrapper {

        WithoutExistingSession(HttpServletRequest request) {
            super(request);
        }

        @Override
        public HttpSession getSession(boolean create) {
            return create ? super.getSession(true) : null;
        }
    }
}
