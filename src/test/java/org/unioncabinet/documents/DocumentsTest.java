package org.unioncabinet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.consent.ConsentKind;
import org.unioncabinet.consent.ConsentView;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;
import org.unioncabinet.system.Sha256;

/** Preparing consent documents, replacing unsigned ones, signing and stamping them. */
@CabinetTest
class DocumentsTest {

    static final Instant SIGNED_AT = Instant.parse("2026-12-01T11:03:12Z");

    @Autowired
    Documents documents;
    @Autowired
    Consents consents;
    @Autowired
    Members members;

    UUID accountId;

    @BeforeEach
    void member() {
        accountId = members.register(Members.newEmail()).getId();
    }

    @Test
    void preparesOnlyThePersonalDataConsentWithoutTheOptIn() {
        UUID batch = documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, false);

        List<MemberDocument> prepared = documents.batch(batch);
        assertThat(prepared).extracting(MemberDocument::kind).containsExactly(DocumentKind.PERSONAL_DATA_CONSENT);
        MemberDocument consent = prepared.get(0);
        assertThat(consent.title()).isEqualTo("Согласие на обработку персональных данных");
        assertThat(consent.status()).isEqualTo(DocumentStatus.DRAFT);
        assertThat(consent.sha256()).isEqualTo(Sha256.hex(documents.content(consent.id())));
        assertThat(consent.signedAt()).isNull();
    }

    @Test
    void preparesTheAdvertisingConsentAsASeparateDocumentWithTheOptIn() {
        UUID batch = documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, true);

        List<MemberDocument> prepared = documents.batch(batch);
        assertThat(prepared).extracting(MemberDocument::kind)
                .containsExactly(DocumentKind.PERSONAL_DATA_CONSENT, DocumentKind.ADVERTISING_CONSENT);
        String advertising = Pdfs.unhyphenated(Pdfs.text(documents.content(prepared.get(1).id())));
        assertThat(advertising)
                .contains("Согласие на получение информационных и рекламных сообщений")
                .contains("Иванова Мария Петровна")
                .contains("38-ФЗ «О рекламе»")
                .doesNotContain("Согласие на обработку персональных данных");
        assertThat(Pdfs.text(documents.content(prepared.get(0).id()))).doesNotContain("38-ФЗ");
    }

    @Test
    void aNewBatchSupersedesTheUnsignedDraftsOfBothConsents() {
        UUID first = documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, true);
        UUID second = documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, false);

        assertThat(documents.batch(first)).extracting(MemberDocument::status)
                .containsOnly(DocumentStatus.SUPERSEDED);
        assertThat(documents.batch(second)).extracting(MemberDocument::status).containsExactly(DocumentStatus.DRAFT);
        UUID supersededId = documents.batch(first).get(0).id();
        assertThatThrownBy(() -> documents.markSigned(supersededId, UUID.randomUUID(), SIGNED_AT, "ivanova@mail.ru"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aNewBatchLeavesSignedDocumentsAndOtherMembersAlone() {
        UUID signedBatch = documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, false);
        documents.markSigned(documents.batch(signedBatch).get(0).id(), UUID.randomUUID(),
                SIGNED_AT, "ivanova@mail.ru");
        UUID othersBatch = documents.prepareConsents(members.register(Members.newEmail()).getId(),
                DocumentPdfTest.IVANOVA, false);

        documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, false);

        assertThat(documents.batch(signedBatch)).extracting(MemberDocument::status).containsExactly(DocumentStatus.SIGNED);
        assertThat(documents.batch(othersBatch)).extracting(MemberDocument::status).containsExactly(DocumentStatus.DRAFT);
    }

    @Test
    void signingStampsACopyAndKeepsTheSignedBytes() {
        MemberDocument draft = documents.batch(documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, false)).get(0);
        byte[] before = documents.content(draft.id());
        UUID signatureId = UUID.randomUUID();

        documents.markSigned(draft.id(), signatureId, SIGNED_AT, "ivanova@mail.ru");

        assertThat(documents.content(draft.id())).isEqualTo(before);
        MemberDocument signed = documents.ofAccount(accountId).get(0);
        assertThat(signed.id()).isEqualTo(draft.id());
        assertThat(signed.status()).isEqualTo(DocumentStatus.SIGNED);
        assertThat(signed.sha256()).isEqualTo(draft.sha256()).isEqualTo(Sha256.hex(before));
        assertThat(signed.signatureId()).isEqualTo(signatureId);
        assertThat(signed.signedAt()).isEqualTo(SIGNED_AT);

        byte[] stamped = stampedFile(draft.id());
        // the consent's last page has room for the stamp: no page is added for it
        assertThat(Pdfs.pages(stamped)).isEqualTo(Pdfs.pages(before));
        assertThat(Pdfs.lastPageText(stamped))
                .contains("Документ подписан простой электронной подписью")
                .contains("Документ подписан в личном кабинете члена Профсоюза: код подтверждения был отправлен на адрес "
                        + "ivanova@mail.ru и введён 01.12.2026 в 14:03:12 (время московское).")
                .contains("Иванова Мария Петровна")
                .contains(signatureId.toString())
                .contains(draft.sha256())
                .contains("первые " + before.length + " байт этого файла");
        // The stamp is an incremental update: the signed file is where it says, byte for byte.
        assertThat(Arrays.copyOf(stamped, before.length)).isEqualTo(before);
        assertThat(Pdfs.fonts(stamped)).allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());
        Samples.keep("personal-data-consent-signed.pdf", stamped);
    }

    @Test
    void signingAConsentDocumentRecordsTheConsent() {
        List<MemberDocument> batch = documents.batch(documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, true));

        for (MemberDocument document : batch) {
            documents.markSigned(document.id(), UUID.randomUUID(), SIGNED_AT, "ivanova@mail.ru");
        }

        List<ConsentView> given = consents.ofAccount(accountId);
        assertThat(given).extracting(ConsentView::kind)
                .containsExactlyInAnyOrder(ConsentKind.PERSONAL_DATA, ConsentKind.ADVERTISING);
        assertThat(given).allSatisfy(consent -> {
            assertThat(consent.legalTextVersion()).isEqualTo(1);
            assertThat(consent.givenAt()).isEqualTo(SIGNED_AT);
            assertThat(consent.method()).isEqualTo("Подписание документа простой электронной подписью");
            assertThat(consent.active()).isTrue();
        });
        assertThat(given).extracting(ConsentView::documentId)
                .containsExactlyInAnyOrderElementsOf(batch.stream().map(MemberDocument::id).toList());
    }

    @Test
    void signingAgainWithTheSameSignatureChangesNothing() {
        MemberDocument draft = documents.batch(documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, false)).get(0);
        UUID signatureId = UUID.randomUUID();
        documents.markSigned(draft.id(), signatureId, SIGNED_AT, "ivanova@mail.ru");
        byte[] stamped = stampedFile(draft.id());

        documents.markSigned(draft.id(), signatureId, SIGNED_AT.plusSeconds(60), "ivanova@mail.ru");

        assertThat(stampedFile(draft.id())).isEqualTo(stamped);
        assertThat(documents.ofAccount(accountId)).singleElement()
                .satisfies(signed -> assertThat(signed.signedAt()).isEqualTo(SIGNED_AT));
        assertThat(consents.ofAccount(accountId)).hasSize(1);
        assertThatThrownBy(() -> documents.markSigned(draft.id(), UUID.randomUUID(), SIGNED_AT, "ivanova@mail.ru"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void myDocumentsListsSignedDocumentsNewestFirst() {
        List<MemberDocument> batch = documents.batch(documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, true));
        documents.markSigned(batch.get(1).id(), UUID.randomUUID(), SIGNED_AT, "ivanova@mail.ru");
        documents.markSigned(batch.get(0).id(), UUID.randomUUID(), SIGNED_AT.plusSeconds(5), "ivanova@mail.ru");
        documents.prepareConsents(accountId, DocumentPdfTest.IVANOVA, false);

        assertThat(documents.ofAccount(accountId)).extracting(MemberDocument::id)
                .containsExactly(batch.get(0).id(), batch.get(1).id());
    }

    private byte[] stampedFile(UUID documentId) {
        return documents.file(accountId, documentId).orElseThrow().bytes();
    }
}
