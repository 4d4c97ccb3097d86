package org.unioncabinet.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes a batch of registry rows in one statement: new tickets are inserted, changed ones updated, and
 * identical ones left alone (not even {@code updated_at} moves), so importing a file twice changes nothing.
 * One statement per batch also makes concurrent imports of one ticket safe: the unique index decides.
 */
@Component
class RegistryUpsert {

    /**
     * The rows arrive as one array per column and are unnested: the statement text is the same for any batch
     * size, and PostgreSQL's limit of 65,535 parameters never applies. {@code xmax = 0} holds only for a row
     * version this statement inserted; an updated one carries this transaction's id. Rows whose data did not
     * change are not updated, so not returned. {@code account_id} is never written here.
     */
    private static final String UPSERT = """
            INSERT INTO app.registry_member AS m (id, last_name, first_name, middle_name, birth_date, ticket_number,
                educational_organisation, primary_organisation, status, created_at, updated_at)
            SELECT gen_random_uuid(), r.last_name, r.first_name, r.middle_name, r.birth_date, r.ticket_number,
                r.educational_organisation, r.primary_organisation, r.status, ?, ?
            FROM unnest(?::varchar[], ?::varchar[], ?::varchar[], ?::date[], ?::varchar[], ?::varchar[], ?::varchar[],
                ?::varchar[]) AS r(last_name, first_name, middle_name, birth_date, ticket_number,
                    educational_organisation, primary_organisation, status)
            ON CONFLICT (ticket_number) DO UPDATE SET
                last_name = EXCLUDED.last_name,
                first_name = EXCLUDED.first_name,
                middle_name = EXCLUDED.middle_name,
                birth_date = EXCLUDED.birth_date,
                educational_organisation = EXCLUDED.educational_organisation,
                primary_organisation = EXCLUDED.primary_organisation,
                status = EXCLUDED.status,
                updated_at = EXCLUDED.updated_at
            WHERE (m.last_name, m.first_name, m.middle_name, m.birth_date, m.educational_organisation,
                    m.primary_organisation, m.status)
                IS DISTINCT FROM (EXCLUDED.last_name, EXCLUDED.first_name, EXCLUDED.middle_name, EXCLUDED.birth_date,
                    EXCLUDED.educational_organisation, EXCLUDED.primary_organisation, EXCLUDED.status)
            RETURNING (xmax = 0) AS created
            """;

    record Outcome(int created, int updated, int unchanged) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    RegistryUpsert(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Rows must have distinct ticket numbers: one statement cannot touch one row twice. */
    Outcome write(List<RegistryRow> rows) {
        if (rows.isEmpty()) {
            return new Outcome(0, 0, 0);
        }
        Timestamp now = Timestamp.from(clock.instant());
        int[] counts = new int[2];
        jdbc.query(connection -> statement(connection, rows, now), resultSet -> {
            counts[resultSet.getBoolean("created") ? 0 : 1]++;
        });
        return new Outcome(counts[0], counts[1], rows.size() - counts[0] - counts[1]);
    }

    private static PreparedStatement statement(Connection connection, List<RegistryRow> rows, Timestamp now)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(UPSERT);
        statement.setTimestamp(1, now);
        statement.setTimestamp(2, now);
        statement.setArray(3, column(connection, rows, RegistryRow::lastName));
        statement.setArray(4, column(connection, rows, RegistryRow::firstName));
        statement.setArray(5, column(connection, rows, RegistryRow::middleName));
        statement.setArray(6, column(connection, rows, row -> row.birthDate().toString()));
        statement.setArray(7, column(connection, rows, RegistryRow::ticketNumber));
        statement.setArray(8, column(connection, rows, RegistryRow::educationalOrganisation));
        statement.setArray(9, column(connection, rows, RegistryRow::primaryOrganisation));
        statement.setArray(10, column(connection, rows, row -> row.status().name()));
        return statement;
    }

    private static java.sql.Array column(Connection connection, List<RegistryRow> rows,
            Function<RegistryRow, String> value) throws SQLException {
        return connection.createArrayOf("varchar", rows.stream().map(value).toArray(String[]::new));
    }
}
