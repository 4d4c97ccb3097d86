package org.unioncabinet.documents;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/**
 * «Мои данные»: every document made for the member, signed or not, with the SHA-256 of the bytes (the signature
 * records are the signing module's section).
 */
@Component
class DocumentDataSection implements MemberDataSection {

    private static final Map<DocumentStatus, String> STATUSES = Map.of(
            DocumentStatus.DRAFT, "Сформирован, не подписан",
            DocumentStatus.SIGNED, "Подписан простой электронной подписью",
            DocumentStatus.SUPERSEDED, "Заменён новым документом, не подписан");

    private final StoredDocumentRepository repository;

    DocumentDataSection(StoredDocumentRepository repository) {
        this.repository = repository;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public DataSection of(UUID accountId) {
        List<MemberDocument> all = repository.findAllOfAccount(accountId);
        return new DataSection("documents", "Документы", "Документов нет.", all.stream()
                .map(document -> new DataSection.Rows()
                        .add("Документ", document.title())
                        .add("Номер документа", document.id())
                        .moment("Сформирован", document.createdAt())
                        .add("Статус", STATUSES.get(document.status()))
                        .moment("Подписан", document.signedAt())
                        .add("Контрольная сумма (SHA-256)", document.sha256())
                        .item(document.title()))
                .toList(), all);
    }
}
