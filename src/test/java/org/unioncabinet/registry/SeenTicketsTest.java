package org.unioncabinet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeenTicketsTest {

    @Test
    void remembersTheFirstLineOfEveryTicketAcrossGrowth() {
        SeenTickets seen = new SeenTickets();
        for (int line = 2; line < 100_002; line++) {
            assertThat(seen.firstLineOf(ticket(line), line)).isZero();
        }
        for (int line = 2; line < 100_002; line += 997) {
            assertThat(seen.firstLineOf(ticket(line), 200_000 + line)).isEqualTo(line);
        }
    }

    @Test
    void tellsNumbersWithLeadingZerosApart() {
        SeenTickets seen = new SeenTickets();
        assertThat(seen.firstLineOf("0000000000000000", 2)).isZero();
        assertThat(seen.firstLineOf("0000000000000001", 3)).isZero();
        assertThat(seen.firstLineOf("0000000000000000", 4)).isEqualTo(2);
        assertThat(seen.firstLineOf("9999999999999999", 5)).isZero();
        assertThat(seen.firstLineOf("9999999999999999", 6)).isEqualTo(5);
    }

    private static String ticket(int n) {
        return String.format("%016d", n * 7_919_000_003L);
    }
}
