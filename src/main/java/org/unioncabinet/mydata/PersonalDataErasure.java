package org.unioncabinet.mydata;

import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What one module removes when a cabinet is closed («Удалить кабинет»), implemented by the module that owns the data,
 * like its {@link MemberDataSection}: it may object to the closing (a member, an application under review), and it
 * erases its own rows, saying what it removed and what it keeps and why. Every erasure runs in the one transaction
 * that closes the cabinet; what they say goes into the deletion record, which must therefore hold no personal data.
 */
public interface PersonalDataErasure {

    /** The order of erasing: lower first (the account, whose e-mail the others may still need, goes last). */
    int order();

    /** Why this account may not be closed, in the member's words; empty when this module does not object. */
    default Optional<String> objection(UUID accountId) {
        return Optional.empty();
    }

    /** Erases this module's personal data of the account. */
    Erased erase(UUID accountId);

    /**
     * What an erasure did, in English for the deletion record, with counts, never values.
     *
     * @param removed what was removed, e.g. "ticket_check: 2 rows deleted"
     * @param kept what is kept and why
     */
    record Erased(List<String> removed, List<Kept> kept) {

        public Erased {
            removed = List.copyOf(removed);
            kept = List.copyOf(kept);
        }

        /** Removed these, keeps nothing. */
        public static Erased only(String... removed) {
            return new Erased(List.of(removed), List.of());
        }
    }

    /** Something kept after the closing: what, why (the law or the reason), and for how long after the closing. */
    record Kept(String what, String why, Period keptFor) {
    }
}
