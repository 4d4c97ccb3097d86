package org.unioncabinet.system;

import java.io.IOException;
import java.util.UUID;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id of its own: in the logging context ({@code requestId}, a field of every JSON log line the
 * request causes in prod) and in the response header {@code X-Request-Id}, so a member's «something went wrong» or a
 * proxy's log line leads to the app's lines of that request. Always made here, never taken from the request: an
 * incoming {@code X-Request-Id} is what a stranger typed (a forged id would mix their lines with someone else's, a long
 * or odd one would land in every log line), and a proxy that wants the same id logs this header from the response.
 * A random UUID: it says nothing of the member. Ordered first, so every other filter's lines carry it; kept across the
 * asynchronous and error dispatches of the same request.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestIdFilter extends OncePerRequestFilter {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final String ATTRIBUTE = RequestIdFilter.class.getName();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String id = request.getAttribute(ATTRIBUTE) instanceof String earlier ? earlier : UUID.randomUUID().toString();
        request.setAttribute(ATTRIBUTE, id);
        if (!response.isCommitted()) {
            response.setHeader(HEADER, id);
        }
        MDC.put(MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_KEY);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
