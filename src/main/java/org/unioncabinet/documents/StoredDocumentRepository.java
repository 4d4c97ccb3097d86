package org.unioncabinet.documents;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface StoredDocumentRepository extends JpaRepository<StoredDocument, UUID> {

    @Query("""
            select new org.unioncabinet.documents.MemberDocument(
                d.id, d.kind, d.title, d.sha256, d.status, d.createdAt, d.signedAt, d.signatureId)
            from StoredDocument d where d.batchId = :batchId
            """)
    List<MemberDocument> findBatch(UUID batchId);

    @Query("""
            select new org.unioncabinet.documents.MemberDocument(
                d.id, d.kind, d.title, d.sha256, d.status, d.createdAt, d.signedAt, d.signatureId)
            from StoredDocument d where d.accountId = :accountId and d.status = :status
            order by d.signedAt desc, d.createdAt desc
            """)
    List<MemberDocument> findOfAccount(UUID accountId, DocumentStatus status);

    /** Every document of the member, drafts and replaced ones included, the newest first («Мои данные»). */
    @Query("""
            select new org.unioncabinet.documents.MemberDocument(
                d.id, d.kind, d.title, d.sha256, d.status, d.createdAt, d.signedAt, d.signatureId)
            from StoredDocument d where d.accountId = :accountId
            order by d.createdAt desc, d.kind
            """)
    List<MemberDocument> findAllOfAccount(UUID accountId);

    /** Deletes the member's documents that were never signed (when the cabinet is closed). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            delete from StoredDocument d where d.accountId = :accountId
              and d.status <> org.unioncabinet.documents.DocumentStatus.SIGNED
            """)
    int deleteUnsigned(UUID accountId);

    /** Replaces the member's unsigned drafts of these kinds: only the newest batch can be signed. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update StoredDocument d set d.status = org.unioncabinet.documents.DocumentStatus.SUPERSEDED
            where d.accountId = :accountId and d.kind in :kinds
              and d.status = org.unioncabinet.documents.DocumentStatus.DRAFT
            """)
    int supersedeDrafts(UUID accountId, Collection<DocumentKind> kinds);

    /** Documents made before they knew their holder's name (versions before the record left the process). */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update StoredDocument d set d.holderName = :name where d.batchId = :batchId and d.holderName is null")
    int nameHolder(UUID batchId, String name);

    /** Locked, so that two signings of one document cannot both stamp it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from StoredDocument d where d.id = :id")
    Optional<StoredDocument> findForUpdate(UUID id);

    Optional<StoredDocument> findByIdAndAccountId(UUID id, UUID accountId);
}
