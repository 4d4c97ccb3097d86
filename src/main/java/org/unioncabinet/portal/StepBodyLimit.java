package org.unioncabinet.portal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A step's data is a few kilobytes; a body of megabytes is an attack on memory, refused before it is
 * read. A body without a declared length (chunked) is refused too, since its size is unknown upfront.
 */
@Component
public class StepBodyLimit extends OncePerRequestFilter {

    static final long MAX_BYTES = 64 * 1024;

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // Only the JSON submission of a step; its action buttons are small form posts.
        return !("POST".equals(request.getMethod()) && request.getRequestURI().startsWith("/cabinet/steps/")
                && !request.getRequestURI().contains("/actions/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean unknownLength = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        if (unknownLength || length > MAX_BYTES) {
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"message\":\"Слишком большой объём данных. Обновите страницу и заполните форму ещё раз.\"}");
            return;
        }
        chain.doFilter(request, response);
    }
}
