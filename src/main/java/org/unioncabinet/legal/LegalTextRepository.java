package org.unioncabinet.legal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

public interface LegalTextRepository extends JpaRepository<LegalText, Long> {

    Optional<LegalText> findFirstByKindOrderByVersionDesc(LegalTextKind kind);

    Optional<LegalText> findByKindAndVersion(LegalTextKind kind, int version);

    List<LegalText> findByKindOrderByVersionDesc(LegalTextKind kind);
}
