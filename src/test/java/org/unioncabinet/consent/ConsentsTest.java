package org.unioncabinet.consent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

/** The consent record: who agreed to which text, for what, when and how; withdrawals add, never remove. */
@CabinetTest
class ConsentsTest {

    static final Instant GIVEN_AT = Instant.parse("2026-12-01T11:03:12Z");

    @Autowired
    Consents consents;
    @Autowired
    Members members;
    @Autowired
    Documents documents;

    UUID accountId;

    @BeforeEach
    void member() {
        accountId = members.register(Members.newEmail()).getId();
    }

    @Test
    void recordsPurposeTextVersionTimeAndMethod() {
        Map<ConsentKind, UUID> given = SignedConsents.sign(documents, consents, accountId, false, GIVEN_AT);
        assertThat(given).containsOnlyKeys(ConsentKind.PERSONAL_DATA);
        UUID id = given.get(ConsentKind.PERSONAL_DATA);

        ConsentView consent = consents.of(accountId, id).orElseThrow();
        assertThat(consent.kind()).isEqualTo(ConsentKind.PERSONAL_DATA);
        assertThat(consent.title()).isEqualTo("Согласие на обработку персональных данных");
        assertThat(consent.legalTextVersion()).isEqualTo(1);
        assertThat(consent.purpose()).contains("Проверка профсоюзного членства").contains("АИС «Единый реестр»");
        assertThat(consent.givenAt()).isEqualTo(GIVEN_AT);
        assertThat(consent.method()).isEqualTo("Подписание документа простой электронной подписью");
        assertThat(consent.withdrawableInCabinet()).isFalse();
        assertThat(consent.withdrawableByStatement()).isTrue();
        assertThat(consent.withdrawalNote()).contains("«Отозвать согласие»").contains("подписать заявление");
    }

    @Test
    void recordingTheSameSignedDocumentAgainKeepsOneConsent() {
        UUID id = SignedConsents.sign(documents, consents, accountId, false, GIVEN_AT).get(ConsentKind.PERSONAL_DATA);
        UUID documentId = consents.of(accountId, id).orElseThrow().documentId();

        assertThat(consents.recordSigned(accountId, ConsentKind.PERSONAL_DATA, 1, documentId, GIVEN_AT.plusSeconds(9)))
                .isEqualTo(id);
        assertThat(consents.ofAccount(accountId)).singleElement()
                .satisfies(consent -> assertThat(consent.givenAt()).isEqualTo(GIVEN_AT));
    }

    @Test
    void withdrawsOnlyTheOwnersAdvertisingConsentAndOnlyOnce() {
        Map<ConsentKind, UUID> given = SignedConsents.sign(documents, consents, accountId, true, GIVEN_AT);
        UUID personalData = given.get(ConsentKind.PERSONAL_DATA);
        UUID advertising = given.get(ConsentKind.ADVERTISING);
        UUID stranger = members.register(Members.newEmail()).getId();

        assertThat(consents.withdraw(stranger, advertising)).isFalse();
        assertThat(consents.withdraw(accountId, personalData)).isFalse();
        assertThat(consents.of(accountId, advertising).orElseThrow().withdrawableInCabinet()).isTrue();
        assertThat(consents.withdraw(accountId, advertising)).isTrue();
        assertThat(consents.withdraw(accountId, advertising)).isFalse();

        assertThat(consents.of(accountId, personalData).orElseThrow().active()).isTrue();
        ConsentView withdrawn = consents.of(accountId, advertising).orElseThrow();
        assertThat(withdrawn.active()).isFalse();
        assertThat(withdrawn.withdrawableInCabinet()).isFalse();
        assertThat(withdrawn.withdrawalNote()).isNull();
    }

    @Test
    void listsTheMembersConsentsNewestFirstWithWithdrawnOnes() {
        UUID older = SignedConsents.sign(documents, consents, accountId, true, GIVEN_AT).get(ConsentKind.ADVERTISING);
        consents.withdraw(accountId, older);
        UUID newer = SignedConsents.sign(documents, consents, accountId, true, GIVEN_AT.plusSeconds(60))
                .get(ConsentKind.ADVERTISING);

        assertThat(consents.ofAccount(accountId)).extracting(ConsentView::id).containsSubsequence(newer, older);
        assertThat(consents.ofAccount(accountId)).hasSize(4);
        assertThat(consents.of(members.register(Members.newEmail()).getId(), newer)).isEmpty();
    }
}
