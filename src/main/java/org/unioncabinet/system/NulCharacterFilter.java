package org.unioncabinet.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any filter or controller reads it, a request whose parameters carry a NUL character ({@code %00}).
 * PostgreSQL cannot store or compare a NUL in text: a NUL in the login e-mail, the registration or «Забыли пароль?»
 * form or a search reached the database and failed there, logging a long stack trace for each anonymous request.
 * No member ever types one, so one check at the door covers every form and query string, including those added
 * later; fields' own validation still refuses the other control characters with a message at the field.
 * Parameters are the query string and url-encoded forms (a JSON body is no parameter): a multipart upload (Modeler's deployment) is left to its
 * own limits, and under {@code /camunda} only the query string (the web apps' API reads its form bodies itself;
 * a NUL in a Camunda user's name is refused by {@code login.ThrottledIdentityProvider}). Ordered right after
 * Spring Boot's character encoding filter (parameters are decoded as UTF-8) and before the session's.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class NulCharacterFilter extends OncePerRequestFilter {

    static final String MESSAGE = "Запрос содержит недопустимый символ. Проверьте введённые данные.";

    private static final Logger log = LoggerFactory.getLogger(NulCharacterFilter.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (carriesNul(request)) {
            // the path only: the parameters are what a stranger typed, and may be someone's e-mail
            log.info("Refused a request with a NUL character: {} {}", request.getMethod(), request.getRequestURI());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setContentType(MediaType.TEXT_PLAIN_VALUE + ";charset=UTF-8");
            response.getWriter().write(MESSAGE);
            return;
        }
        chain.doFilter(request, response);
    }

    private static boolean carriesNul(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
            return true;
        }
        String contentType = request.getContentType();
        boolean multipart = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/");
        if (multipart || request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
            return false;
        }
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (hasNul(parameter.getKey()) || Arrays.stream(parameter.getValue()).anyMatch(NulCharacterFilter::hasNul)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNul(String text) {
        return text != null && text.indexOf('\0') >= 0;
    }
}
