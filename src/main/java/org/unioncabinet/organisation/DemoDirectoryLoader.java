package org.unioncabinet.organisation;

import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncabinet.organisation.DemoDirectory.RegionPart;
import org.unioncabinet.organisation.DemoDirectory.School;
import org.unioncabinet.organisation.DirectoryWriter.EducationalRow;
import org.unioncabinet.organisation.DirectoryWriter.PrimaryRow;

/** Fills an empty directory with the demo directory, in one transaction, region by region. */
@Component
class DemoDirectoryLoader {

    /** Any fixed number: nodes starting together take this lock, so only one of them loads. */
    private static final long LOAD_LOCK = 0x6F7267616E69L;

    private final JdbcClient jdbc;
    private final DirectoryWriter writer;
    private final TransactionTemplate transaction;
    private final LexemeFrequencies frequencies;
    private final ApplicationEventPublisher events;

    DemoDirectoryLoader(JdbcClient jdbc, DirectoryWriter writer, TransactionTemplate transaction,
            LexemeFrequencies frequencies, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.transaction = transaction;
        this.frequencies = frequencies;
        this.events = events;
    }

    /** Loads {@code size} demo organisations unless the directory already has educational organisations. */
    boolean loadIfEmpty(int size) {
        return load(size, true);
    }

    /**
     * Loads the demo directory whatever the directory has. Loading it again changes nothing (every write
     * is by ИНН or by name), so tests can make sure it is there.
     */
    void load(int size) {
        load(size, false);
    }

    private boolean load(int size, boolean onlyIntoEmpty) {
        boolean loaded = Boolean.TRUE.equals(transaction.execute(status -> {
            jdbc.sql("SELECT pg_advisory_xact_lock(:lock)").param("lock", LOAD_LOCK).query().singleRow();
            if (onlyIntoEmpty
                    && jdbc.sql("SELECT EXISTS (SELECT 1 FROM app.educational_organisation)").query(Boolean.class).single()) {
                return false;
            }
            List<Region> regions = jdbc.sql("SELECT id, name FROM app.region ORDER BY id")
                    .query((row, n) -> new Region(row.getInt("id"), row.getString("name")))
                    .list();
            new DemoDirectory(regions).generate(size, this::write);
            return true;
        }));
        if (loaded) {
            writer.analyse();
            frequencies.refresh();
            events.publishEvent(new DirectoryChanged());
        }
        return loaded;
    }

    private void write(RegionPart part) {
        int regionId = part.region().id();
        long regional = writer.territorialOrganisations(regionId, List.of(part.regionalName()), null)
                .get(part.regionalName());
        Map<String, Long> locals = writer.territorialOrganisations(regionId, part.localNames(), regional);
        List<PrimaryRow> primaries = part.schools().stream()
                .map(school -> new PrimaryRow(school.primaryName(), school.primaryShortName(), localOf(school, part, locals)))
                .toList();
        Map<String, Long> primaryIds = writer.primaryOrganisations(primaries);
        List<EducationalRow> rows = part.schools().stream()
                .map(school -> new EducationalRow(school.fullName(), school.shortName(), school.inn(), regionId,
                        school.municipality(),
                        primaryIds.get(new PrimaryRow(school.primaryName(), school.primaryShortName(),
                                localOf(school, part, locals)).key())))
                .toList();
        writer.educationalOrganisations(rows);
    }

    private static long localOf(School school, RegionPart part, Map<String, Long> locals) {
        return locals.get(part.localNames().get(school.territorial()));
    }
}
