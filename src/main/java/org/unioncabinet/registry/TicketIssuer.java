package org.unioncabinet.registry;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues new 16-digit e-ticket numbers: the prefix 9, fourteen digits from a database sequence, and a
 * Luhn check digit. The sequence makes concurrent admissions (on any node) draw different numbers; the
 * issued_ticket table keeps every number ever issued, and a number that an imported record already
 * carries (imported numbers are opaque) is skipped.
 */
@Service
public class TicketIssuer {

    /** Imported numbers follow unpublished rules; ours start with 9 to stay out of their way. */
    static final String PREFIX = "9";
    static final long MAX_SERIAL = 99_999_999_999_999L;

    private final JdbcClient jdbc;
    private final Clock clock;

    public TicketIssuer(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A number never issued before and not carried by any registry record; recorded as issued. */
    @Transactional(propagation = Propagation.MANDATORY)
    public String issue() {
        while (true) {
            long serial = jdbc.sql("SELECT nextval('app.ticket_number_seq')").query(Long.class).single();
            if (serial > MAX_SERIAL) {
                throw new IllegalStateException("E-ticket numbers with prefix " + PREFIX + " are used up");
            }
            String number = TicketNumber.withCheckDigit(PREFIX + String.format("%014d", serial));
            int recorded = jdbc.sql("""
                    INSERT INTO app.issued_ticket (ticket_number, issued_at)
                    SELECT :number, :now
                    WHERE NOT EXISTS (SELECT 1 FROM app.registry_member WHERE ticket_number = :number)
                    ON CONFLICT (ticket_number) DO NOTHING
                    """)
                    .param("number", number)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            if (recorded == 1) {
                return number;
            }
        }
    }
}
