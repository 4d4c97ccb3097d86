package org.unioncabinet.registration.ticket;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketCheckRepository extends JpaRepository<TicketCheck, UUID> {

    /** Scoped to the member: an id of anyone else's check is simply not found. */
    Optional<TicketCheck> findByIdAndAccountId(UUID id, UUID accountId);

    /** Every «Проверить данные» of the member, the newest first («Мои данные»). */
    List<TicketCheck> findByAccountIdOrderByCreatedAtDesc(UUID accountId);
}
