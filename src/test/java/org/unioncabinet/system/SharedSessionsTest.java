package org.unioncabinet.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.unioncabinet.support.CabinetTest;

/** Sessions in PostgreSQL, as Tasklist uses them: several requests of one session adding the same attribute. */
@CabinetTest
class SharedSessionsTest {

    @Autowired
    SessionRepository<? extends Session> sessions;

    @Test
    void twoRequestsOfOneSessionMayAddTheSameAttribute() {
        assertThat(twoRequestsAddingTheSameAttribute(sessions)).isEqualTo("Ольга Председатель");
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
}
