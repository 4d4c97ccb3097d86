package org.unioncabinet.registration.joining;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

interface JoinApplicationRepository extends JpaRepository<JoinApplication, UUID> {

    Optional<JoinApplication> findFirstByAccountIdOrderBySubmittedAtDesc(UUID accountId);

    boolean existsByAccountIdAndDocumentBatchId(UUID accountId, UUID documentBatchId);
}
