package org.unioncabinet.login;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

/**
 * Behind a reverse proxy, over real HTTP. The test configuration trusts one proxy, 127.0.0.2
 * ({@code TRUSTED_PROXIES}); every other test's client, 127.0.0.1, is a client like any on the internet. A forged
 * {@code X-Forwarded-For} from a client must not move login throttling to an address of its choosing (nor free it
 * from its own); the proxy's must. A forged {@code Host} header never ends up in a redirect.
 */
@CabinetTest
class ReverseProxyWebTest {

    private static final String CLIENT = "127.0.0.1";
    private static final String PROXY = "127.0.0.2";
    private static final Pattern CSRF_META = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private final List<String> touchedAddresses = new ArrayList<>();
    private final Map<String, Integer> failuresBefore = new LinkedHashMap<>();

    @Test
    void aClientsForgedForwardedForIsIgnoredByTheLoginThrottle() throws IOException {
        String forged = randomDocumentationAddress();
        int before = failuresFrom(CLIENT);

        Reply login = wrongPassword(CLIENT, Map.of("X-Forwarded-For", forged));

        assertThat(login.status()).isEqualTo(302);
        assertThat(failuresFrom(forged)).as("the address the client claims").isZero();
        assertThat(failuresFrom(CLIENT)).as("the address it connected from").isEqualTo(before + 1);
    }

    @Test
    void theTrustedProxysForwardedForIsTheClientTheLoginThrottleCounts() throws IOException {
        String client = randomDocumentationAddress();
        String forgedByTheClient = randomDocumentationAddress();
        int proxyBefore = failuresFrom(PROXY);

        // the proxy appends the address it saw to whatever the client sent
        wrongPassword(PROXY, Map.of("X-Forwarded-For", forgedByTheClient + ", " + client));

        assertThat(failuresFrom(client)).isEqualTo(1);
        assertThat(failuresFrom(forgedByTheClient)).isZero();
        assertThat(failuresFrom(PROXY)).isEqualTo(proxyBefore);
    }

    @Test
    void strictTransportSecurityOnlyWhenTheTrustedProxySaysHttps() throws IOException {
        Map<String, String> https = Map.of("X-Forwarded-Proto", "https");

        assertThat(send(PROXY, "GET", "/login", https, "").header("Strict-Transport-Security"))
                .hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(send(CLIENT, "GET", "/login", https, "").header("Strict-Transport-Security")).isEmpty();
    }

    @Test
    void aRedirectNeverTakesItsHostFromTheRequest() throws IOException {
        for (String path : List.of("/cabinet", "/cabinet/documents", "/camunda", "/camunda/app/")) {
            Reply forgedHost = send(CLIENT, "GET", path, Map.of("Host", "evil.example"), "");
            Reply forwardedHost = send(PROXY, "GET", path,
                    Map.of("X-Forwarded-Host", "evil.example", "X-Forwarded-Proto", "https"), "");

            for (Reply reply : List.of(forgedHost, forwardedHost)) {
                assertThat(reply.status()).as(path).isBetween(300, 399);
                assertThat(reply.header("Location")).as(path).hasValueSatisfying(location ->
                        assertThat(location).startsWith("/").doesNotStartWith("//").doesNotContain("evil.example"));
            }
        }
    }

    /** Gives back what the tests counted: every other real-HTTP test signs in from 127.0.0.1 within a day. */
    @AfterEach
    void forgetTheTestsFailures() {
        failuresBefore.forEach((address, failures) -> jdbc
                .sql("UPDATE app.login_throttle SET failures = :failures, blocked_until = NULL WHERE throttle_key = :key")
                .param("failures", failures).param("key", LoginThrottle.addressKey(address)).update());
        touchedAddresses.forEach(address -> jdbc.sql("DELETE FROM app.login_throttle WHERE throttle_key = :key")
                .param("key", LoginThrottle.addressKey(address)).update());
    }

    /**
     * A wrong password, posted as a browser does: with the CSRF token and cookies of the login page it opened first
     * (from the same address; whichever repository the shared context's CSRF filter has, the page carries it).
     */
    private Reply wrongPassword(String from, Map<String, String> headers) throws IOException {
        Reply page = send(from, "GET", "/login", Map.of(), "");
        Matcher token = CSRF_META.matcher(page.body());
        assertThat(token.find()).as("the login page's CSRF token").isTrue();
        Map<String, String> post = new LinkedHashMap<>(headers);
        post.put("Cookie", page.cookies());
        post.put("Content-Type", "application/x-www-form-urlencoded");
        return send(from, "POST", "/login", post, "email=" + Members.newEmail() + "&password=wrong-password-1&_csrf="
                + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8));
    }

    private int failuresFrom(String address) {
        int failures = jdbc.sql("SELECT coalesce(max(failures), 0) FROM app.login_throttle WHERE throttle_key = :key")
                .param("key", LoginThrottle.addressKey(address)).query(Integer.class).single();
        if (address.equals(CLIENT) || address.equals(PROXY)) {
            failuresBefore.putIfAbsent(address, failures);
        }
        return failures;
    }

    /** An address of TEST-NET-3 (RFC 5737), never a real client. */
    private String randomDocumentationAddress() {
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        touchedAddresses.add(address);
        return address;
    }

    /** One HTTP/1.1 exchange from a chosen local address, with headers no ordinary client lets a caller set. */
    private Reply send(String from, String method, String path, Map<String, String> headers, String body)
            throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            Map<String, String> all = new LinkedHashMap<>();
            all.put("Host", "localhost:" + port);
            all.putAll(headers);
            all.put("Connection", "close");
            byte[] content = body.getBytes(StandardCharsets.UTF_8);
            if (content.length > 0) {
                all.put("Content-Length", Integer.toString(content.length));
            }
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
            all.forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            return Reply.parse(readAll(socket.getInputStream()));
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        in.transferTo(bytes);
        return bytes.toString(StandardCharsets.ISO_8859_1);
    }

    private record Reply(int status, Map<String, List<String>> headers, String body) {

        static Reply parse(String response) {
            int end = response.indexOf("\r\n\r\n");
            String[] lines = response.substring(0, end).split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int index = 1; index < lines.length; index++) {
                int colon = lines[index].indexOf(':');
                headers.computeIfAbsent(lines[index].substring(0, colon).trim().toLowerCase(Locale.ROOT),
                        name -> new ArrayList<>()).add(lines[index].substring(colon + 1).trim());
            }
            String body = response.substring(end + 4);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                body = dechunk(body);
            }
            return new Reply(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        }

        private static String dechunk(String chunked) {
            StringBuilder body = new StringBuilder();
            int at = 0;
            for (int size; (size = Integer.parseInt(chunked.substring(at, chunked.indexOf("\r\n", at)).split(";")[0]
                    .trim(), 16)) > 0; at += size + 2) {
                at = chunked.indexOf("\r\n", at) + 2;
                body.append(chunked, at, at + size);
            }
            return body.toString();
        }

        Optional<String> header(String name) {
            return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of()).stream().findFirst();
        }

        /** The cookies it set, as a {@code Cookie} header sends them back. */
        String cookies() {
            return headers.getOrDefault("set-cookie", List.of()).stream().map(cookie -> cookie.split(";", 2)[0])
                    .collect(Collectors.joining("; "));
        }
    }
}
