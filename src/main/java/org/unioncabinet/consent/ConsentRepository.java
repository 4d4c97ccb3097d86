package org.unioncabinet.consent;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConsentRepository extends JpaRepository<Consent, UUID> {

    List<Consent> findByAccountIdOrderByGivenAtDesc(UUID accountId);

    boolean existsByAccountIdAndKindAndWithdrawnAtIsNull(UUID accountId, ConsentKind kind);

    Optional<Consent> findByIdAndAccountId(UUID id, UUID accountId);

    Optional<Consent> findByDocumentId(UUID documentId);

    /** The member's consent, locked: two clicks on «Отозвать согласие» record one withdrawal. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Consent c where c.id = :id and c.accountId = :accountId")
    Optional<Consent> findForUpdate(UUID id, UUID accountId);
}
