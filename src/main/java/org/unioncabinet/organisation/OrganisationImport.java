package org.unioncabinet.organisation;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncabinet.organisation.DirectoryWriter.EducationalRow;
import org.unioncabinet.organisation.DirectoryWriter.PrimaryRow;
import org.unioncabinet.organisation.DirectoryWriter.Upserted;
import org.unioncabinet.organisation.OrganisationCsv.Row;

/**
 * Loads the directory from a CSV file (format: {@link OrganisationCsv}). Lines with mistakes are
 * reported and skipped, the others load; an educational organisation is known by its ИНН, so a
 * repeated import updates what changed and leaves the rest untouched. All good lines load in one
 * transaction: a database failure loads none.
 */
@Service
public class OrganisationImport {

    private static final int CHUNK = 5_000;

    private final JdbcClient jdbc;
    private final DirectoryWriter writer;
    private final TransactionTemplate transaction;
    private final LexemeFrequencies frequencies;
    private final ApplicationEventPublisher events;

    OrganisationImport(JdbcClient jdbc, DirectoryWriter writer, TransactionTemplate transaction,
            LexemeFrequencies frequencies, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.writer = writer;
        this.transaction = transaction;
        this.frequencies = frequencies;
        this.events = events;
    }

    /** Imports the file, decoded as {@link org.unioncabinet.csv.CsvReader#utf8Text} does (see the command). */
    public ImportReport importCsv(Reader csv) {
        List<Region> regions = jdbc.sql("SELECT id, name FROM app.region")
                .query((row, n) -> new Region(row.getInt("id"), row.getString("name")))
                .list();
        OrganisationCsv.Parsed parsed = new OrganisationCsv(regions).parse(csv);
        Upserted written = transaction.execute(status -> write(parsed.rows()));
        if (written.created() + written.updated() > 0) {
            writer.analyse();
            frequencies.refresh();
        }
        // also when nothing changed: a directory imported before the reviewers' groups existed gets them now
        events.publishEvent(new DirectoryChanged());
        int unchanged = parsed.rows().size() - written.created() - written.updated();
        return new ImportReport(parsed.lines(), written.created(), written.updated(), unchanged, parsed.errors());
    }

    private Upserted write(List<Row> rows) {
        Map<String, Long> primaryIds = primaryOrganisations(rows);
        List<EducationalRow> educational = rows.stream()
                .map(row -> new EducationalRow(row.fullName(), row.shortName(), row.inn(), row.regionId(),
                        row.municipality(), row.primary().isEmpty() ? null : primaryIds.get(primaryKey(row))))
                .toList();
        int created = 0;
        int updated = 0;
        for (int from = 0; from < educational.size(); from += CHUNK) {
            Upserted chunk = writer.educationalOrganisations(educational.subList(from, Math.min(from + CHUNK, educational.size())));
            created += chunk.created();
            updated += chunk.updated();
        }
        return new Upserted(created, updated);
    }

    /** Finds or creates the territorial and primary organisations the rows name; ids by {@link #primaryKey}. */
    private Map<String, Long> primaryOrganisations(List<Row> rows) {
        Map<Integer, List<String>> territorialNames = new LinkedHashMap<>();
        rows.stream().filter(row -> !row.territorial().isEmpty()).forEach(row ->
                territorialNames.computeIfAbsent(row.regionId(), region -> new ArrayList<>()).add(row.territorial()));
        Map<String, Long> territorialIds = new LinkedHashMap<>();
        territorialNames.forEach((region, names) -> writer.territorialOrganisations(region, names, null)
                .forEach((name, id) -> territorialIds.put(region + "/" + name, id)));

        List<PrimaryRow> primaries = rows.stream().filter(row -> !row.primary().isEmpty())
                .map(row -> new PrimaryRow(row.primary(), primaryShortName(row.primary()),
                        territorialIds.get(row.regionId() + "/" + row.territorial())))
                .toList();
        Map<String, Long> byKey = primaries.isEmpty() ? Map.of() : writer.primaryOrganisations(primaries);
        Map<String, Long> ids = new LinkedHashMap<>();
        rows.stream().filter(row -> !row.primary().isEmpty()).forEach(row -> ids.put(primaryKey(row),
                byKey.get(territorialIds.get(row.regionId() + "/" + row.territorial()) + "/" + row.primary())));
        return ids;
    }

    private static String primaryKey(Row row) {
        return row.regionId() + "/" + row.territorial() + "/" + row.primary();
    }

    /** «Первичная профсоюзная организация МБОУ СОШ № 3» is «ППО МБОУ СОШ № 3» for short. */
    static String primaryShortName(String name) {
        String longForm = "первичная профсоюзная организация ";
        return name.regionMatches(true, 0, longForm, 0, longForm.length())
                ? "ППО " + name.substring(longForm.length()) : name;
    }
}
