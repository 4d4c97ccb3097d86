package org.unioncabinet.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's session against the running app: its cookies, the CSRF token of the last page it got,
 * and every request timed under a type such as {@code "POST /login"}. Redirects are not followed, so
 * each request is timed on its own. Given several nodes, its requests go to them in turn, as through a
 * load balancer without sticky sessions: each node must know the session the others started.
 */
public final class WebSession {

    /** A response the journey did not expect: the request type and what came back. */
    static final class UnexpectedResponse extends RuntimeException {
        final String type;

        UnexpectedResponse(String type, String detail) {
            super(type + ": " + detail);
            this.type = type;
        }
    }

    public record Page(int status, String body, String location) {
    }

    /** Any status is expected: the caller looks at it. */
    static final int ANY_STATUS = -1;

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    /** The header the token goes in, as the page names it for portal.js (the cookie repository's X-XSRF-TOKEN). */
    private static final Pattern CSRF_HEADER = Pattern.compile("<meta name=\"_csrf_header\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final List<String> nodes;
    private final Latencies latencies;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    private final AtomicInteger turn = new AtomicInteger(ThreadLocalRandom.current().nextInt(1000));
    private volatile String csrf = "";
    private volatile String csrfHeader = "X-CSRF-TOKEN";

    public WebSession(HttpClient http, List<String> nodes, Latencies latencies) {
        this.http = http;
        this.nodes = List.copyOf(nodes);
        this.latencies = latencies;
    }

    /** The same signed-in session, its requests timed elsewhere (e.g. a warm-up that is not reported). */
    WebSession withLatencies(Latencies other) {
        WebSession copy = new WebSession(http, nodes, other);
        copy.cookies.putAll(cookies);
        copy.csrf = csrf;
        copy.csrfHeader = csrfHeader;
        return copy;
    }

    public Page get(String type, String path, int expectedStatus) {
        return send(type, request(path).GET(), expectedStatus);
    }

    /** A form post with the page's CSRF token, as the browser sends it. */
    public Page postForm(String type, String path, Map<String, String> fields, int expectedStatus) {
        return postForm(type, path, List.copyOf(fields.entrySet()), expectedStatus);
    }

    /** The same with fields in order, a name repeated as check boxes repeat it. */
    Page postForm(String type, String path, List<Map.Entry<String, String>> fields, int expectedStatus) {
        String body = fields.stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&", "_csrf=" + encode(csrf) + "&", ""));
        return send(type, request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)), expectedStatus);
    }

    /** A JSON post with the page's CSRF token in the header, as the portal script sends a step. */
    Page postJson(String type, String path, String json, int expectedStatus) {
        return send(type, request(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .header(csrfHeader, csrf).POST(HttpRequest.BodyPublishers.ofString(json)), expectedStatus);
    }

    /** A JSON post to the Camunda web apps, which want their own token from the XSRF-TOKEN cookie. */
    Page postCamunda(String type, String path, String contentType, String body, int expectedStatus) {
        return send(type, request(path).header("Content-Type", contentType).header("Accept", "application/json")
                .header("X-XSRF-TOKEN", cookies.getOrDefault("XSRF-TOKEN", ""))
                .POST(HttpRequest.BodyPublishers.ofString(body)), expectedStatus);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private HttpRequest.Builder request(String path) {
        String node = nodes.get(Math.floorMod(turn.getAndIncrement(), nodes.size()));
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(node + path)).timeout(Duration.ofSeconds(60));
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private Page send(String type, HttpRequest.Builder request, int expectedStatus) {
        HttpResponse<String> response;
        long started = System.nanoTime();
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UnexpectedResponse(type, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnexpectedResponse(type, "interrupted");
        }
        latencies.record(type, System.nanoTime() - started);
        response.headers().allValues("Set-Cookie").forEach(this::keepCookie);
        Matcher token = CSRF.matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        Matcher header = CSRF_HEADER.matcher(response.body());
        if (header.find()) {
            csrfHeader = header.group(1);
        }
        if (expectedStatus != ANY_STATUS && response.statusCode() != expectedStatus) {
            throw new UnexpectedResponse(type, "HTTP " + response.statusCode() + " instead of " + expectedStatus + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())).replaceAll("\\s+", " "));
        }
        return new Page(response.statusCode(), response.body(), response.headers().firstValue("Location").orElse(""));
    }

    private void keepCookie(String header) {
        String pair = header.split(";", 2)[0];
        int equals = pair.indexOf('=');
        if (equals > 0) {
            cookies.put(pair.substring(0, equals).trim(), pair.substring(equals + 1).trim());
        }
    }
}
