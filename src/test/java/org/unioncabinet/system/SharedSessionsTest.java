package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.PortalClient;

/**
 * Sessions in PostgreSQL: shared by every node, written only when something changed (a last-access time a minute
 * stale, an attribute whose value differs), still expiring after 30 minutes of inactivity; several requests of one
 * session at once, as Tasklist sends them, lose nothing.
 */
@CabinetTest
class SharedSessionsTest {

    /** More than {@code cabinet.sessions.last-access-write-interval} (60 s). */
    private static final Duration PAST_THE_WRITE_INTERVAL = Duration.ofMinutes(2);

    /** More than {@code server.servlet.session.timeout} (30 min) and the write interval together. */
    private static final Duration PAST_THE_TIMEOUT = Duration.ofMinutes(32);

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    @Test
    void aRequestWithinAMinuteOfTheLastWriteDoesNotWriteTheSession() {
        String email = signedIn();
        long lastAccess = lastAccessOf(email);
        long version = rowVersionOf(email);

        assertThat(browser.get("/cabinet").statusCode()).isEqualTo(200);
        assertThat(browser.get("/cabinet").statusCode()).isEqualTo(200);

        assertThat(lastAccessOf(email)).isEqualTo(lastAccess);
        assertThat(rowVersionOf(email)).as("the session's row was not updated at all").isEqualTo(version);
    }

    @Test
    void aRequestMoreThanAMinuteAfterTheLastWriteWritesTheLastAccessAndTheExpiry() {
        String email = signedIn();
        long aged = age(email, PAST_THE_WRITE_INTERVAL);
        long before = System.currentTimeMillis();

        assertThat(browser.get("/cabinet").statusCode()).isEqualTo(200);

        long lastAccess = lastAccessOf(email);
        assertThat(lastAccess).isGreaterThan(aged).isGreaterThanOrEqualTo(before);
        assertThat(jdbc.sql("SELECT expiry_time FROM app.spring_session WHERE principal_name = :email")
                .param("email", email).query(Long.class).single())
                .isEqualTo(lastAccess + Duration.ofMinutes(30).toMillis());
    }

    @Test
    void aSessionIdleForLongerThanTheTimeoutIsGone() {
        String email = signedIn();
        age(email, PAST_THE_TIMEOUT);

        assertThat(PortalClient.location(browser.get("/cabinet"))).endsWith("/login");
        assertThat(jdbc.sql("SELECT count(*) FROM app.spring_session WHERE principal_name = :email")
                .param("email", email).query(Integer.class).single()).isZero();
    }

    @Test
    void aChangedAttributeIsWrittenAtOnceAndAnUnchangedOneNotAtAll() {
        assertThat(changedAndUnchangedAttributes(sessions)).containsExactly("written", "not written", "written");
    }

    @Test
    void aValueChangedInPlaceAfterItWasSetIsStillWritten() {
        assertThat(changedInPlace(sessions)).containsExactly("Ольга", "Председатель");
    }

    @Test
    void twoRequestsOfOneSessionMayAddTheSameAttribute() {
        assertThat(twoRequestsAddingTheSameAttribute(sessions)).isEqualTo("Ольга Председатель");
    }

    @Test
    void aRequestSettingAgainWhatItLoadedDoesNotUndoAConcurrentChange() {
        assertThat(aStaleCopySetAgain(sessions)).isEqualTo("tasklist, cockpit");
    }

    private PortalClient browser;

    private String signedIn() {
        String email = Members.newEmail();
        members.register(email);
        browser = new PortalClient(port);
        assertThat(browser.logIn(email, Members.PASSWORD)).endsWith("/cabinet");
        return email;
    }

    /** Moves the session's last access back in the database, as if the member had been away: @return the new value */
    private long age(String email, Duration by) {
        long lastAccess = System.currentTimeMillis() - by.toMillis();
        jdbc.sql("""
                        UPDATE app.spring_session SET last_access_time = :lastAccess,
                            expiry_time = :lastAccess + max_inactive_interval * 1000::bigint
                        WHERE principal_name = :email""")
                .param("lastAccess", lastAccess).param("email", email).update();
        return lastAccess;
    }

    private long lastAccessOf(String email) {
        return jdbc.sql("SELECT last_access_time FROM app.spring_session WHERE principal_name = :email")
                .param("email", email).query(Long.class).single();
    }

    /** PostgreSQL's xmin: a new one for every UPDATE of the row, even one writing the same values. */
    private long rowVersionOf(String email) {
        return jdbc.sql("SELECT xmin::text::bigint FROM app.spring_session WHERE principal_name = :email")
                .param("email", email).query(Long.class).single();
    }

    private long attributeVersion(String sessionId, String attribute) {
        return jdbc.sql("""
                        SELECT a.xmin::text::bigint FROM app.spring_session_attributes a
                        JOIN app.spring_session s ON s.primary_id = a.session_primary_id
                        WHERE s.session_id = :id AND a.attribute_name = :name""")
                .param("id", sessionId).param("name", attribute).query(Long.class).single();
    }

    private <S extends Session> List<String> changedAndUnchangedAttributes(SessionRepository<S> repository) {
        S created = repository.createSession();
        created.setAttribute("role", "Ольга");
        repository.save(created);
        List<String> outcomes = new ArrayList<>();

        long version = attributeVersion(created.getId(), "role");
        S changed = repository.findById(created.getId());
        changed.setAttribute("role", "Председатель");
        repository.save(changed);
        outcomes.add(attributeVersion(created.getId(), "role") != version
                && "Председатель".equals(repository.findById(created.getId()).getAttribute("role"))
                ? "written" : "not written");

        version = attributeVersion(created.getId(), "role");
        S same = repository.findById(created.getId());
        same.setAttribute("role", new String("Председатель"));
        repository.save(same);
        outcomes.add(attributeVersion(created.getId(), "role") != version ? "written" : "not written");

        S removed = repository.findById(created.getId());
        removed.removeAttribute("role");
        repository.save(removed);
        outcomes.add(repository.findById(created.getId()).getAttribute("role") == null ? "written" : "not written");

        repository.deleteById(created.getId());
        return outcomes;
    }

    private static <S extends Session> List<String> changedInPlace(SessionRepository<S> repository) {
        S created = repository.createSession();
        created.setAttribute("roles", new ArrayList<>(List.of("Ольга")));
        repository.save(created);

        S loaded = repository.findById(created.getId());
        List<String> roles = loaded.getAttribute("roles");
        loaded.setAttribute("roles", roles);
        roles.add("Председатель");
        repository.save(loaded);

        List<String> stored = repository.findById(created.getId()).getAttribute("roles");
        repository.deleteById(created.getId());
        return stored;
    }

    private static <S extends Session> String twoRequestsAddingTheSameAttribute(SessionRepository<S> repository) {
        S created = repository.createSession();
        repository.save(created);
        // two requests load the session at the same time and both add what neither saw yet
        S first = repository.findById(created.getId());
        S second = repository.findById(created.getId());
        first.setAttribute("camunda-auth", "Ольга");
        second.setAttribute("camunda-auth", "Ольга Председатель");

        repository.save(first);
        repository.save(second);

        String stored = repository.findById(created.getId()).getAttribute("camunda-auth");
        repository.deleteById(created.getId());
        return stored;
    }

    /**
     * Camunda's web apps set their authentication again at the end of every request: a request that loaded it before
     * a concurrent one changed it must not write its stale copy over the change.
     */
    private static <S extends Session> String aStaleCopySetAgain(SessionRepository<S> repository) {
        S created = repository.createSession();
        created.setAttribute("camunda-auth", "tasklist");
        repository.save(created);
        S reading = repository.findById(created.getId());
        S changing = repository.findById(created.getId());

        changing.setAttribute("camunda-auth", "tasklist, cockpit");
        repository.save(changing);
        reading.setAttribute("camunda-auth", reading.getAttribute("camunda-auth"));
        repository.save(reading);

        String stored = repository.findById(created.getId()).getAttribute("camunda-auth");
        repository.deleteById(created.getId());
        return stored;
    }
}
