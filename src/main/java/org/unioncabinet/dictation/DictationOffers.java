package org.unioncabinet.dictation;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the cabinet's home page offers a member who may take part: each open or next edition, and where they stand. */
@Service
public class DictationOffers {

    /** An edition on the cabinet page, with the member's attempt when there is one. */
    public record Offer(Editions.Edition edition, Optional<Attempts.Attempt> attempt, boolean open) {

        /** «Принять участие», «Продолжить», «Ответы приняты» or «Результат», as the card's action says. */
        public String action() {
            if (attempt.isEmpty()) {
                return open ? "Принять участие" : "Правила участия";
            }
            return attempt.get().award() != null ? "Результат" : attempt.get().finishedAt() == null ? "Продолжить"
                    : "Подробнее";
        }
    }

    private final Editions editions;
    private final Attempts attempts;
    private final Clock clock;

    DictationOffers(Editions editions, Attempts attempts, Clock clock) {
        this.editions = editions;
        this.attempts = attempts;
        this.clock = clock;
    }

    /** Empty for a cabinet that may not take part (no registry link, no signed application). */
    @Transactional(readOnly = true)
    public List<Offer> of(UUID accountId) {
        if (!attempts.isEligible(accountId)) {
            return List.of();
        }
        return editions.openOrNext().stream()
                .map(edition -> new Offer(edition, attempts.of(accountId, edition.id()),
                        edition.isOpenAt(clock.instant())))
                .toList();
    }
}
