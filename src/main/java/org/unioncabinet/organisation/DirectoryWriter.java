package org.unioncabinet.organisation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes the directory in bulk, for the import and the demo generator alike: each call is one
 * statement over arrays ({@code unnest}), so thousands of rows cost one round trip. Callers hold
 * the transaction. Territorial and primary organisations are found or created by name; educational
 * organisations are upserted by ИНН and only rows whose data differ are written.
 */
@Component
class DirectoryWriter {

    /** A new or changed educational organisation, as the directory stores it. */
    record EducationalRow(String fullName, String shortName, String inn, int regionId, String municipality,
            Long primaryOrganisationId) {
    }

    record PrimaryRow(String name, String shortName, long territorialOrganisationId) {

        String key() {
            return territorialOrganisationId + "/" + name;
        }
    }

    record Upserted(int created, int updated) {
    }

    private final JdbcTemplate jdbc;

    DirectoryWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The ids of the named territorial organisations of a region, creating the missing ones under {@code parentId}. */
    Map<String, Long> territorialOrganisations(int regionId, List<String> names, Long parentId) {
        return jdbc.execute((ConnectionCallback<Map<String, Long>>) connection -> {
            Array nameArray = connection.createArrayOf("text", names.toArray());
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO app.territorial_organisation (name, region_id, parent_id)
                    SELECT DISTINCT name, ?::smallint, ?::bigint FROM unnest(?::text[]) AS name
                    ON CONFLICT (region_id, name) DO NOTHING
                    """)) {
                insert.setInt(1, regionId);
                insert.setObject(2, parentId);
                insert.setArray(3, nameArray);
                insert.executeUpdate();
            }
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT id, name FROM app.territorial_organisation WHERE region_id = ? AND name = ANY (?)")) {
                select.setInt(1, regionId);
                select.setArray(2, nameArray);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getString("name"), rows.getLong("id"));
                    }
                }
            }
            return ids;
        });
    }

    /** The ids of the given primary organisations by {@link PrimaryRow#key()}, creating the missing ones. */
    Map<String, Long> primaryOrganisations(List<PrimaryRow> primaries) {
        return jdbc.execute((ConnectionCallback<Map<String, Long>>) connection -> {
            Array names = text(connection, primaries.stream().map(PrimaryRow::name).toList());
            Array shortNames = text(connection, primaries.stream().map(PrimaryRow::shortName).toList());
            Array territorials = connection.createArrayOf("bigint",
                    primaries.stream().map(PrimaryRow::territorialOrganisationId).toArray());
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO app.primary_organisation (name, short_name, territorial_organisation_id)
                    SELECT DISTINCT ON (t, n) n, s, t FROM unnest(?::text[], ?::text[], ?::bigint[]) AS p (n, s, t)
                    ON CONFLICT (territorial_organisation_id, name) DO NOTHING
                    """)) {
                insert.setArray(1, names);
                insert.setArray(2, shortNames);
                insert.setArray(3, territorials);
                insert.executeUpdate();
            }
            Map<String, Long> ids = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT p.id, p.territorial_organisation_id, p.name
                    FROM app.primary_organisation p
                    JOIN unnest(?::bigint[], ?::text[]) AS wanted (t, n)
                      ON p.territorial_organisation_id = wanted.t AND p.name = wanted.n
                    """)) {
                select.setArray(1, territorials);
                select.setArray(2, names);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        ids.put(rows.getLong("territorial_organisation_id") + "/" + rows.getString("name"), rows.getLong("id"));
                    }
                }
            }
            return ids;
        });
    }

    /**
     * Inserts new ИНН and updates known ones whose data differ; a row equal to the stored one is not
     * written at all (so importing the same file twice changes nothing). The ИНН must be distinct.
     */
    Upserted educationalOrganisations(List<EducationalRow> rows) {
        if (rows.isEmpty()) {
            return new Upserted(0, 0);
        }
        return jdbc.execute((ConnectionCallback<Upserted>) connection -> {
            try (PreparedStatement upsert = connection.prepareStatement("""
                    INSERT INTO app.educational_organisation
                        (full_name, short_name, inn, region_id, municipality, primary_organisation_id, search_text, name_key)
                    SELECT * FROM unnest(?::text[], ?::text[], ?::varchar[], ?::smallint[], ?::text[], ?::bigint[],
                                         ?::text[], ?::text[])
                    ON CONFLICT (inn) DO UPDATE SET
                        full_name = EXCLUDED.full_name, short_name = EXCLUDED.short_name,
                        region_id = EXCLUDED.region_id, municipality = EXCLUDED.municipality,
                        primary_organisation_id = EXCLUDED.primary_organisation_id,
                        search_text = EXCLUDED.search_text, name_key = EXCLUDED.name_key, updated_at = now()
                    WHERE (educational_organisation.full_name, educational_organisation.short_name,
                           educational_organisation.region_id, educational_organisation.municipality,
                           educational_organisation.primary_organisation_id, educational_organisation.search_text)
                          IS DISTINCT FROM
                          (EXCLUDED.full_name, EXCLUDED.short_name, EXCLUDED.region_id, EXCLUDED.municipality,
                           EXCLUDED.primary_organisation_id, EXCLUDED.search_text)
                    RETURNING (xmax = 0) AS inserted
                    """)) {
                upsert.setArray(1, text(connection, rows.stream().map(EducationalRow::fullName).toList()));
                upsert.setArray(2, text(connection, rows.stream().map(EducationalRow::shortName).toList()));
                upsert.setArray(3, text(connection, rows.stream().map(EducationalRow::inn).toList()));
                upsert.setArray(4, connection.createArrayOf("smallint",
                        rows.stream().map(row -> (short) row.regionId()).toArray()));
                upsert.setArray(5, text(connection, rows.stream().map(EducationalRow::municipality).toList()));
                upsert.setArray(6, connection.createArrayOf("bigint",
                        rows.stream().map(EducationalRow::primaryOrganisationId).toArray()));
                upsert.setArray(7, text(connection, rows.stream()
                        .map(row -> SearchText.of(row.shortName(), row.fullName(), row.municipality())).toList()));
                upsert.setArray(8, text(connection, rows.stream().map(row -> SearchText.normalise(row.shortName())).toList()));
                int created = 0;
                int updated = 0;
                // xmax is 0 only in a freshly inserted row version: the usual way to tell insert from update
                try (ResultSet written = upsert.executeQuery()) {
                    while (written.next()) {
                        if (written.getBoolean("inserted")) {
                            created++;
                        } else {
                            updated++;
                        }
                    }
                }
                return new Upserted(created, updated);
            }
        });
    }

    /**
     * Refreshes PostgreSQL's statistics after a bulk write rather than waiting for autovacuum: search
     * tells broad from narrow queries by them (see {@link LexemeFrequencies}), and without statistics of
     * search_word the planner corrects a misspelt word by comparing it with every word, not by the index.
     */
    void analyse() {
        jdbc.execute("ANALYZE app.educational_organisation, app.search_word");
    }

    private static Array text(Connection connection, List<String> values) throws SQLException {
        return connection.createArrayOf("text", values.toArray());
    }
}
