package org.unioncabinet.registry;

import java.util.Arrays;

/**
 * The ticket numbers met so far in one file, each with the line it was first met on. A whole-registry file
 * has millions of lines: kept as primitive arrays (16 digits fit a long), this takes about a quarter of
 * the memory of a {@code HashMap<String, Integer>}.
 */
final class SeenTickets {

    private static final long EMPTY = -1;

    private long[] tickets = new long[1 << 10];
    private int[] lines = new int[1 << 10];
    private int size;

    SeenTickets() {
        Arrays.fill(tickets, EMPTY);
    }

    /**
     * Remembers a well-formed (normalised) ticket number first met on {@code line}.
     *
     * @return 0 when it is new, else the line it was first met on
     */
    int firstLineOf(String ticketNumber, int line) {
        if (size * 4 >= tickets.length * 3) {
            grow();
        }
        long ticket = Long.parseLong(ticketNumber);
        int slot = find(tickets, ticket);
        if (tickets[slot] == ticket) {
            return lines[slot];
        }
        tickets[slot] = ticket;
        lines[slot] = line;
        size++;
        return 0;
    }

    /** The slot holding the ticket, or the empty slot where it belongs (linear probing). */
    private static int find(long[] table, long ticket) {
        int mask = table.length - 1;
        int slot = Long.hashCode(ticket * 0x9E3779B97F4A7C15L) & mask;
        while (table[slot] != EMPTY && table[slot] != ticket) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldTickets = tickets;
        int[] oldLines = lines;
        tickets = new long[oldTickets.length * 2];
        lines = new int[oldLines.length * 2];
        Arrays.fill(tickets, EMPTY);
        for (int i = 0; i < oldTickets.length; i++) {
            if (oldTickets[i] != EMPTY) {
                int slot = find(tickets, oldTickets[i]);
                tickets[slot] = oldTickets[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
