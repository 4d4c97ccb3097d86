package org.unioncabinet.account;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByEmail(String normalizedEmail);

    boolean existsByEmail(String normalizedEmail);

    /** Takes the row lock of the account; what it returns does not matter. */
    @Query(value = "SELECT count(*) FROM (SELECT id FROM app.account WHERE id = :id FOR UPDATE) locked", nativeQuery = true)
    long lockById(UUID id);
}
