package org.unioncabinet.account;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface OneTimeTokenRepository extends JpaRepository<OneTimeToken, UUID> {

    Optional<OneTimeToken> findByTokenHashAndPurpose(String tokenHash, TokenPurpose purpose);

    /** Marks the token used if it still works; the row count tells whether this caller won. */
    @Modifying
    @Query("""
            update OneTimeToken t set t.usedAt = :now
            where t.tokenHash = :hash and t.purpose = :purpose and t.usedAt is null and t.expiresAt > :now
            """)
    int redeem(String hash, TokenPurpose purpose, Instant now);

    /** Once one link of a purpose worked, the account's other links of that purpose stop working. */
    @Modifying
    @Query("""
            update OneTimeToken t set t.usedAt = :now
            where t.accountId = :accountId and t.purpose = :purpose and t.usedAt is null
            """)
    int retireAll(UUID accountId, TokenPurpose purpose, Instant now);

    /** Deletes every link of the account (when it is closed). */
    @Modifying
    @Query("DELETE FROM OneTimeToken t WHERE t.accountId = :accountId")
    int deleteByAccount(UUID accountId);
}
