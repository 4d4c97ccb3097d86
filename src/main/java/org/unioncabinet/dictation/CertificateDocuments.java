package org.unioncabinet.dictation;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.documents.IssuedDocument;
import org.unioncabinet.documents.IssuedDocuments;

/** The member's dictation certificates in «Мои документы», each downloaded where its edition's page offers it. */
@Component
class CertificateDocuments implements IssuedDocuments {

    private final Certificates certificates;

    CertificateDocuments(Certificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public List<IssuedDocument> issuedTo(UUID accountId) {
        return certificates.ofAccount(accountId).stream().map(certificate -> new IssuedDocument(
                certificate.award().label() + " — " + certificate.editionTitle(),
                "/cabinet/dictation/" + certificate.editionCode() + "/certificate", certificate.awardedOn(),
                "Результат: " + certificate.result() + ". Код проверки " + certificate.code().grouped())).toList();
    }
}
