package org.unioncabinet.reviewer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.organisation.DirectoryChanged;

/**
 * The groups of every primary and territorial organisation of the directory, made after each directory import or demo
 * load and at every start (a directory imported before this release gets them then).
 * <p>
 * One SQL statement into the engine's identity table rather than {@link org.camunda.bpm.engine.IdentityService#saveGroup}
 * per group. The demo directory of 100,000 schools has 100,000 primary and 3,398 territorial organisations (one ППО per
 * school); measured here on PostgreSQL (2 shared cores): the engine's API took about 7 ms a group (a lookup, a command
 * and a transaction each, and the engine adds a group authorization to every group it saves), some 12 minutes for the
 * demo directory; this statement took 1.0 s for all 103,398 groups, and 0.6 s when none is missing (every start). It
 * writes the very row the engine's own {@code insertGroup} writes ({@code ID_}, {@code REV_} = 1, {@code NAME_},
 * {@code TYPE_} in {@code ACT_ID_GROUP}); the groups carry no authorizations (those are the shared group's; not even
 * the READ on the group for its members that the API adds, which Tasklist does not need: {@code ReviewerImportTest}
 * signs a reviewer in and lists their task), and the engine caches no group, so nothing else has to follow. A renamed organisation's group is renamed, with its revision raised
 * as the engine does. Nodes starting together and an import take turns ({@link ReviewerStartupLock}).
 */
@Component
class DirectoryGroups {

    private static final Logger log = LoggerFactory.getLogger(DirectoryGroups.class);

    private final JdbcClient jdbc;
    private final ReviewerStartupLock lock;

    DirectoryGroups(JdbcClient jdbc, ReviewerStartupLock lock) {
        this.jdbc = jdbc;
        this.lock = lock;
    }

    @EventListener(DirectoryChanged.class)
    public void directoryChanged() {
        ensureAll();
    }

    /** @return how many groups were made or renamed; an import and a starting node take turns (the lock) */
    public int ensureAll() {
        long started = System.nanoTime();
        int[] written = new int[1];
        lock.run(() -> written[0] = jdbc.sql("""
                INSERT INTO act_id_group (id_, rev_, name_, type_)
                SELECT 'ppo' || p.id, 1, left(p.short_name, :maxName), :type FROM app.primary_organisation p
                UNION ALL
                SELECT 'territorial' || t.id, 1, left(t.name, :maxName), :type FROM app.territorial_organisation t
                ON CONFLICT (id_) DO UPDATE SET name_ = excluded.name_, rev_ = act_id_group.rev_ + 1
                WHERE act_id_group.type_ = excluded.type_ AND act_id_group.name_ IS DISTINCT FROM excluded.name_
                """)
                .param("maxName", ReviewerGroups.MAX_NAME)
                .param("type", ReviewerGroups.ORGANISATION_TYPE)
                .update());
        if (written[0] > 0) {
            log.info("Reviewer groups: {} made or renamed for the directory's union organisations in {} ms", written[0],
                    (System.nanoTime() - started) / 1_000_000);
        }
        return written[0];
    }
}
