package org.unioncabinet.registration.ticket;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface TicketCheckRepository extends JpaRepository<TicketCheck, UUID> {

    /** Scoped to the member: an id of anyone else's check is simply not found. */
    Optional<TicketCheck> findByIdAndAccountId(UUID id, UUID accountId);
}
