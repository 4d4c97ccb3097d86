package org.unioncabinet.documents;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;
import org.unioncabinet.mydata.Retention;

/**
 * Closing the cabinet: documents never signed (drafts, replaced drafts) are deleted; signed ones are kept, bytes and
 * stamp, since a signature record proves nothing without the exact bytes it signed.
 */
@Component
class DocumentErasure implements PersonalDataErasure {

    private final StoredDocumentRepository repository;

    DocumentErasure(StoredDocumentRepository repository) {
        this.repository = repository;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public Erased erase(UUID accountId) {
        int deleted = repository.deleteUnsigned(accountId);
        long signed = repository.findOfAccount(accountId, DocumentStatus.SIGNED).size();
        return new Erased(List.of("member_document: " + deleted + " unsigned documents deleted"),
                signed == 0 ? List.of() : List.of(new Kept("member_document: " + signed + " signed documents",
                        "a signed consent proves lawful processing while it was in force (152-FZ art. 9 part 3;"
                                + " 38-FZ art. 18 part 1), a signed application what was applied for and decided; the"
                                + " signature records are evidence only with the exact bytes signed (63-FZ art. 6,"
                                + " art. 9); kept for the limitation period (Civil Code art. 196)",
                        Retention.LIMITATION_PERIOD)));
    }
}
