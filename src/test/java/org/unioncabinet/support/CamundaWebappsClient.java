package org.unioncabinet.support;

import java.io.ByteArrayOutputStream;
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
import java.util.Map;
import java.util.UUID;

/**
 * Someone logged into the Camunda web apps over real HTTP, as the browser is: the web apps' engine API
 * ({@code /camunda/api/engine/...}) is a JAX-RS servlet that MockMvc does not reach. It keeps the session cookie and
 * echoes the {@code XSRF-TOKEN} cookie as the {@code X-XSRF-TOKEN} header, which the web apps' CSRF filter wants on
 * every change.
 */
public final class CamundaWebappsClient {

    private final String base;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http;

    private CamundaWebappsClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies).build();
    }

    /** Logs in to Cockpit as that user, as its login page does. */
    public static CamundaWebappsClient loggedIntoCockpit(int port, String user, String password) {
        return loggedInto("cockpit", port, user, password);
    }

    /** Logs in to Tasklist as that user (a reviewer), as its login page does. */
    public static CamundaWebappsClient loggedIntoTasklist(int port, String user, String password) {
        return loggedInto("tasklist", port, user, password);
    }

    private static CamundaWebappsClient loggedInto(String app, int port, String user, String password) {
        CamundaWebappsClient client = new CamundaWebappsClient(port);
        client.send(HttpRequest.newBuilder(client.uri("/camunda/app/" + app + "/default/")).GET());
        String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> login = client.send(client.changing("/camunda/api/admin/auth/user/default/login/" + app)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 200) {
            throw new IllegalStateException("Login to " + app + " as " + user + ": HTTP " + login.statusCode());
        }
        // the login starts a new session without a token; Cockpit's next read gets it one, as here
        client.send(HttpRequest.newBuilder(client.uri("/camunda/api/admin/auth/user/default")).GET());
        return client;
    }

    /** A JSON post to the web apps' API, as Tasklist sends a claim or a form. */
    public HttpResponse<String> postJson(String path, String json) {
        return send(changing(path).header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * A multipart post, as the REST API's {@code deployment/create} takes it: text fields, then one part per file.
     */
    public HttpResponse<String> postMultipart(String path, Map<String, String> fields, Map<String, String> files) {
        String boundary = "----cabinet" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        files.forEach((name, content) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content
                + "\r\n"));
        write(body, "--" + boundary + "--\r\n");
        return send(changing(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder changing(String path) {
        String token = cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
                .findFirst().orElse("");
        return HttpRequest.newBuilder(uri(path)).header("X-XSRF-TOKEN", token);
    }

    private URI uri(String path) {
        return URI.create(base + path);
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

    private static void write(ByteArrayOutputStream body, String text) {
        body.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
