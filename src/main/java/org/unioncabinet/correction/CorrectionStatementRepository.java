package org.unioncabinet.correction;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface CorrectionStatementRepository extends JpaRepository<CorrectionStatement, UUID> {

    Optional<CorrectionStatement> findByIdAndAccountId(UUID id, UUID accountId);

    Optional<CorrectionStatement> findFirstByAccountIdOrderByCreatedAtDesc(UUID accountId);
}
