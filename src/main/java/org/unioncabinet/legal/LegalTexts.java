package org.unioncabinet.legal;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current and past versions of the texts members agree to. */
@Service
@Transactional(readOnly = true)
public class LegalTexts {

    private final LegalTextRepository repository;

    public LegalTexts(LegalTextRepository repository) {
        this.repository = repository;
    }

    public LegalText current(LegalTextKind kind) {
        return repository.findFirstByKindOrderByVersionDesc(kind)
                .orElseThrow(() -> new IllegalStateException("No published version of " + kind));
    }

    public Optional<LegalText> version(LegalTextKind kind, int version) {
        return repository.findByKindAndVersion(kind, version);
    }

    /** Every published version, the newest first. */
    public List<LegalText> versions(LegalTextKind kind) {
        return repository.findByKindOrderByVersionDesc(kind);
    }
}
