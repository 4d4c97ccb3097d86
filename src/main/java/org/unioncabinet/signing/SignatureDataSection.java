package org.unioncabinet.signing;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.documents.MemberDocument;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/** «Мои данные»: the record of every simple electronic signature the member made (63-FZ). */
@Component
class SignatureDataSection implements MemberDataSection {

    /** A signature record as the JSON holds it. */
    record SignatureData(UUID id, UUID documentId, String documentTitle, String documentSha256, String codeSentTo,
            Instant codeSentAt, Instant signedAt, String signerAddress, String signerUserAgent,
            int signatureAgreementVersion) {
    }

    private final SignatureRepository signatures;
    private final Documents documents;

    SignatureDataSection(SignatureRepository signatures, Documents documents) {
        this.signatures = signatures;
        this.documents = documents;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public DataSection of(UUID accountId) {
        Map<UUID, String> titles = documents.ofAccount(accountId).stream()
                .collect(Collectors.toMap(MemberDocument::id, MemberDocument::title, (a, b) -> a));
        List<SignatureData> all = signatures.findByAccountId(accountId).stream()
                .map(signature -> new SignatureData(signature.getId(), signature.getDocumentId(),
                        titles.get(signature.getDocumentId()), signature.getDocumentSha256(), signature.getSignerEmail(),
                        signature.getCodeSentAt(), signature.getCodeEnteredAt(), signature.getSignerAddress(),
                        signature.getSignerUserAgent(), signature.getSignatureAgreementVersion()))
                .sorted(Comparator.comparing(SignatureData::signedAt).reversed())
                .toList();
        return new DataSection("signatures", "Подписи документов", "Подписей нет.", all.stream()
                .map(signature -> new DataSection.Rows()
                        .add("Документ", signature.documentTitle())
                        .add("Номер подписи", signature.id())
                        .moment("Подписан", signature.signedAt())
                        .add("Код подтверждения отправлен на", signature.codeSentTo())
                        .moment("Код отправлен", signature.codeSentAt())
                        .add("Контрольная сумма документа (SHA-256)", signature.documentSha256())
                        .add("Адрес, с которого введён код", signature.signerAddress())
                        .add("Браузер", signature.signerUserAgent())
                        .add("Редакция соглашения об использовании аналога собственноручной подписи",
                                signature.signatureAgreementVersion())
                        .item("Подпись: " + (signature.documentTitle() == null ? "документ" : signature.documentTitle())))
                .toList(), all);
    }
}
