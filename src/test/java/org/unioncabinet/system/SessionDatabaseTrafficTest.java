package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaWebappsClient;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.PortalClient;

/**
 * What a request asks of the session tables: a static file nothing, even with a session cookie; an anonymous page
 * nothing; a signed-in page or a Tasklist request one read, no write (statements recorded per request: {@link
 * DatabaseTraffic}).
 */
@CabinetTest
class SessionDatabaseTrafficTest {

    private static final String SESSION_READ = "SELECT S.PRIMARY_ID";

    @LocalServerPort
    int port;

    @Autowired
    DatabaseTraffic.Recording recording;

    @Autowired
    Members members;

    @AfterEach
    void stopRecording() {
        recording.stop();
    }

    @Test
    void aSignedInMembersStaticFilesAskNothingOfPostgresql() {
        PortalClient browser = signedIn();

        for (String file : new String[] {"/css/site.css", "/assets/portal.js", "/img/logo.svg"}) {
            assertThat(statementsOf(() -> browser.get(file))).as(file).isZero();
        }
    }

    @Test
    void anonymousPagesAndFilesLeaveTheSessionTablesAlone() {
        PortalClient visitor = new PortalClient(port);

        for (String page : new String[] {"/", "/login", "/register", "/css/site.css", "/assets/portal.js"}) {
            recording.clear();
            assertThat(visitor.get(page).statusCode()).as(page).isEqualTo(200);
            assertThat(recording.sessionStatements()).as(page).isEmpty();
        }
    }

    @Test
    void aSignedInPageReadsTheSessionOnceAndWritesNothing() {
        PortalClient browser = signedIn();
        browser.get("/cabinet");

        recording.clear();
        assertThat(browser.get("/cabinet").statusCode()).isEqualTo(200);

        assertThat(recording.sessionStatements()).singleElement().asString().startsWith(SESSION_READ);
    }

    @Test
    void aTasklistRequestReadsTheSessionOnceAndDoesNotWriteTheUnchangedAuthentication() {
        CamundaWebappsClient tasklist = CamundaWebappsClient.loggedIntoTasklist(port, "admin", "admin-test-password");
        String query = "/camunda/api/engine/engine/default/task?firstResult=0&maxResults=15";
        tasklist.postJson(query, "{}");

        recording.clear();
        assertThat(tasklist.postJson(query, "{}").statusCode()).isEqualTo(200);

        assertThat(recording.sessionStatements()).singleElement().asString().startsWith(SESSION_READ);
    }

    private PortalClient signedIn() {
        String email = Members.newEmail();
        members.register(email);
        PortalClient browser = new PortalClient(port);
        assertThat(browser.logIn(email, Members.PASSWORD)).endsWith("/cabinet");
        return browser;
    }

    private int statementsOf(Supplier<HttpResponse<String>> request) {
        recording.clear();
        assertThat(request.get().statusCode()).isEqualTo(200);
        return recording.statements().size();
    }
}
