package org.unioncabinet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.PortalClient;

/**
 * Every error a signed-in member can reach answers in Russian, over real HTTP (MockMvc never forwards to the error
 * page): the portal's page for a browser, the same words as JSON for a script.
 */
@CabinetTest
class ErrorPagesTest {

    @LocalServerPort
    int port;
    @Autowired
    Members members;

    @Test
    void anUnknownPageOrDocumentIsARussianPageInThePortalsLayoutOrRussianJson() {
        String email = Members.newEmail();
        members.register(email);
        PortalClient phone = new PortalClient(port);
        assertThat(phone.logIn(email, Members.PASSWORD)).endsWith("/cabinet");

        for (String path : new String[] {"/cabinet/no-such-page", "/cabinet/documents/" + UUID.randomUUID()}) {
            HttpResponse<String> page = phone.get(path, PortalClient.BROWSER);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
            assertThat(page.body()).as(path).contains("<html lang=\"ru\"").contains("Страница не найдена")
                    .contains("В личный кабинет").contains("Выйти").doesNotContain("Not Found");

            HttpResponse<String> json = phone.get(path, "application/json");
            assertThat(json.statusCode()).as(path).isEqualTo(404);
            assertThat(json.body()).as(path).contains("\"error\":\"Страница не найдена\"").doesNotContain("Not Found")
                    .doesNotContain(path);
        }
    }
}
