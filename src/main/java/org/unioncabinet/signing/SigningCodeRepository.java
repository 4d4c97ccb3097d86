package org.unioncabinet.signing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface SigningCodeRepository extends JpaRepository<SigningCode, UUID> {

    /** The batch's newest code, locked: two guesses at once must not both get the last attempt. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<SigningCode> findFirstByBatchIdAndAccountIdOrderByCreatedAtDesc(UUID batchId, UUID accountId);

    List<SigningCode> findByBatchIdAndUsedAtIsNullAndRetiredAtIsNull(UUID batchId);
}
