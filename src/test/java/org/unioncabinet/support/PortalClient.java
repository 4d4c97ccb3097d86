package org.unioncabinet.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One browser on the member portal over real HTTP: its own cookies (the session, kept in PostgreSQL, and the CSRF
 * cookie, whose value it sends back as the form's {@code _csrf} field, as the pages do), redirects not followed so a
 * test sees where it was sent. MockMvc bypasses the sessions in PostgreSQL; tests of who stays signed in need this.
 */
public final class PortalClient {

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    /** What a browser's address bar asks for: a page, not JSON. */
    public static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    public PortalClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public HttpResponse<String> get(String pathOrUrl) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).GET());
    }

    /** A GET that asks for a kind of answer: {@code text/html,…} as a browser's address bar, JSON as a script. */
    public HttpResponse<String> get(String pathOrUrl, String accept) {
        return send(HttpRequest.newBuilder(uri(pathOrUrl)).header("Accept", accept).GET());
    }

    /** A form post with this browser's CSRF token (taken first from a page, as a browser has one). */
    public HttpResponse<String> post(String path, Map<String, String> fields) {
        if (csrfToken().isEmpty()) {
            get("/login");
        }
        Map<String, String> form = new LinkedHashMap<>(fields);
        form.put("_csrf", csrfToken());
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A step's data as the portal's script sends it: JSON, with the CSRF token in the header the page names
     * ({@code X-XSRF-TOKEN}, the cookie repository's default).
     */
    public HttpResponse<String> postJson(String path, String json) {
        if (csrfToken().isEmpty()) {
            get("/login");
        }
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-XSRF-TOKEN", csrfToken())
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** «Войти»: @return where the portal sent the browser */
    public String logIn(String email, String password) {
        return location(post("/login", Map.of("email", email, "password", password)));
    }

    /** Whether this browser is signed in: the cabinet answers instead of sending it to «Вход». */
    public boolean signedIn() {
        return get("/cabinet").statusCode() == 200;
    }

    public static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    private String csrfToken() {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("CABINET-CSRF"))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private URI uri(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("http") ? pathOrUrl.replaceFirst("^https?://[^/]+", base)
                : base + pathOrUrl);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
