package org.unioncabinet.signing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface SignatureRepository extends JpaRepository<Signature, UUID> {

    List<Signature> findByAccountId(UUID accountId);

    Optional<Signature> findByIdAndAccountId(UUID id, UUID accountId);
}
