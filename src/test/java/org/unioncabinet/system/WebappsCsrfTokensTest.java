package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncabinet.support.CabinetTest;

/**
 * Tasklist's first reads after a login, sent at once, all get the one CSRF token of the session, so the claim that
 * follows is not refused (with sessions in PostgreSQL, Camunda's own lock around making the token guards nothing).
 */
@CabinetTest
class WebappsCsrfTokensTest {

    @LocalServerPort
    int port;

    @Test
    void concurrentFirstReadsOfASessionAllGetItsOneTokenAndTheNextChangeIsAccepted() throws Exception {
        CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
        HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();
        http.send(HttpRequest.newBuilder(uri("/camunda/app/tasklist/default/")).GET().build(),
                HttpResponse.BodyHandlers.discarding());
        HttpResponse<String> login = http.send(HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("X-XSRF-TOKEN", token(cookies).orElse(""))
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=admin-test-password")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);

        List<CompletableFuture<HttpResponse<String>>> reads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            reads.add(http.sendAsync(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task/count")).GET()
                    .build(), HttpResponse.BodyHandlers.ofString()));
        }
        Set<String> tokens = reads.stream().map(CompletableFuture::join)
                .peek(read -> assertThat(read.statusCode()).isEqualTo(200))
                .flatMap(read -> read.headers().allValues("X-XSRF-TOKEN").stream())
                .collect(Collectors.toSet());

        assertThat(tokens).as("the tokens the reads were given").hasSize(1);
        assertThat(token(cookies)).as("the browser's cookie").contains(tokens.iterator().next());
        HttpResponse<String> change = http.send(HttpRequest.newBuilder(uri("/camunda/api/engine/engine/default/task"))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-XSRF-TOKEN", token(cookies).orElseThrow())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
    }

    private static Optional<String> token(CookieManager cookies) {
        return cookies.getCookieStore().getCookies().stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN"))
                .map(HttpCookie::getValue).findFirst();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
