package org.unioncabinet.withdrawal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ConsentWithdrawalRepository extends JpaRepository<ConsentWithdrawal, UUID> {

    List<ConsentWithdrawal> findByAccountIdOrderByCreatedAtDesc(UUID accountId);

    boolean existsByAccountIdAndStatus(UUID accountId, WithdrawalStatus status);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select w from ConsentWithdrawal w where w.id = :id")
    Optional<ConsentWithdrawal> findForUpdate(UUID id);
}
