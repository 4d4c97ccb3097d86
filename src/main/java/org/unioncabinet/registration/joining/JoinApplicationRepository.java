package org.unioncabinet.registration.joining;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JoinApplicationRepository extends JpaRepository<JoinApplication, UUID> {

    /** Scoped to the member: an id of anyone else's application is simply not found. */
    Optional<JoinApplication> findByIdAndAccountId(UUID id, UUID accountId);

    /** Every application of the member, drafts included, the newest first («Мои данные»). */
    List<JoinApplication> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

    /** The member's latest signed application (drafts are not yet applications anyone decides on). */
    @Query("""
            SELECT a FROM JoinApplication a WHERE a.accountId = :accountId AND a.submittedAt IS NOT NULL
            ORDER BY a.submittedAt DESC LIMIT 1
            """)
    Optional<JoinApplication> findLatestSubmitted(UUID accountId);

    /** An application by the documents signed for it (how an earlier version's journeys name theirs). */
    Optional<JoinApplication> findFirstByAccountIdAndDocumentBatchId(UUID accountId, UUID documentBatchId);

    /** The member's latest rejected application: its reason is shown on the form when they apply again. */
    Optional<JoinApplication> findFirstByAccountIdAndStatusOrderByDecidedAtDesc(UUID accountId,
            JoinApplicationStatus status);

    /** The applications signed for these primary organisations within [from, to), oldest first. */
    @Query("""
            SELECT a FROM JoinApplication a WHERE a.primaryOrganisationId IN :primaryOrganisationIds
            AND a.submittedAt >= :from AND a.submittedAt < :to ORDER BY a.submittedAt
            """)
    List<JoinApplication> findSubmitted(Collection<Long> primaryOrganisationIds, Instant from, Instant to);
}
