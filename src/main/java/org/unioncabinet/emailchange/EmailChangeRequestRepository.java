package org.unioncabinet.emailchange;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

interface EmailChangeRequestRepository extends JpaRepository<EmailChangeRequest, UUID> {

    List<EmailChangeRequest> findByAccountIdAndStatus(UUID accountId, EmailChangeRequest.Status status);

    Optional<EmailChangeRequest> findByTokenHash(String tokenHash);

    /**
     * Binds the link's token to its request in a transaction of its own, committed like the token itself before
     * the mail leaves: a member may follow the link before the sending job's transaction ends.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Modifying
    @Query("update EmailChangeRequest r set r.tokenHash = :tokenHash where r.id = :id")
    int bindToken(UUID id, String tokenHash);

    Optional<EmailChangeRequest> findByUndoTokenHash(String undoTokenHash);

    /** Binds the «Это были не вы?» link's token to the change it undoes, committed before the notice leaves. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    @Modifying
    @Query("update EmailChangeRequest r set r.undoTokenHash = :undoTokenHash where r.id = :id")
    int bindUndoToken(UUID id, String undoTokenHash);
}
