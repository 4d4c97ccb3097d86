package org.unioncabinet.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.unioncabinet.account.Account;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

/** {@code GET /cabinet/documents/{id}}: the member's own PDF, and nobody else's. */
@CabinetTest
class DocumentDownloadWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Documents documents;

    Account owner;
    MemberDocument document;

    @BeforeEach
    void aMemberWithAConsentDocument() {
        owner = members.register(Members.newEmail());
        document = documents.batch(documents.prepareConsents(owner.getId(), DocumentPdfTest.IVANOVA, false)).get(0);
    }

    @Test
    void theOwnerGetsTheDraftInlineWithItsRussianName() throws Exception {
        MvcResult result = mvc.perform(get("/cabinet/documents/" + document.id()).with(user(MemberPrincipal.of(owner))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", MediaType.APPLICATION_PDF_VALUE))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"personal-data-consent.pdf\"; "
                        + "filename*=UTF-8''%D0%A1%D0%BE%D0%B3%D0%BB%D0%B0%D1%81%D0%B8%D0%B5%20%D0%BD%D0%B0%20"
                        + "%D0%BE%D0%B1%D1%80%D0%B0%D0%B1%D0%BE%D1%82%D0%BA%D1%83%20%D0%BF%D0%B5%D1%80%D1%81%D0%BE"
                        + "%D0%BD%D0%B0%D0%BB%D1%8C%D0%BD%D1%8B%D1%85%20%D0%B4%D0%B0%D0%BD%D0%BD%D1%8B%D1%85.pdf"))
                .andReturn();

        assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(documents.content(document.id()));
    }

    @Test
    void theOwnerGetsTheStampedCopyOnceSigned() throws Exception {
        UUID signatureId = UUID.randomUUID();
        documents.markSigned(document.id(), signatureId, Instant.parse("2026-12-01T11:03:12Z"), "ivanova@mail.ru");

        byte[] pdf = mvc.perform(get("/cabinet/documents/" + document.id()).with(user(MemberPrincipal.of(owner))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(Pdfs.lastPageText(pdf)).contains("Документ подписан простой электронной подписью")
                .contains(signatureId.toString());
    }

    @Test
    void anotherMemberGetsNotFound() throws Exception {
        Account stranger = members.register(Members.newEmail());

        MvcResult result = mvc.perform(get("/cabinet/documents/" + document.id()).with(user(MemberPrincipal.of(stranger))))
                .andExpect(status().isNotFound())
                .andReturn();

        assertThat(String.valueOf(result.getResponse().getContentType())).doesNotContain("pdf");
        assertThat(result.getResponse().getHeader("Content-Disposition")).isNull();
    }

    @Test
    void unknownAndMalformedIdsGetNotFoundToo() throws Exception {
        mvc.perform(get("/cabinet/documents/" + UUID.randomUUID()).with(user(MemberPrincipal.of(owner))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/cabinet/documents/not-a-uuid").with(user(MemberPrincipal.of(owner))))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymousVisitorsAreSentToLogin() throws Exception {
        mvc.perform(get("/cabinet/documents/" + document.id()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void encodesFileNamesAsRfc5987Says() {
        assertThat(DocumentController.rfc5987("Заявление 1 (копия);\"x\".pdf"))
                .isEqualTo("%D0%97%D0%B0%D1%8F%D0%B2%D0%BB%D0%B5%D0%BD%D0%B8%D0%B5%201%20%28%D0%BA%D0%BE%D0%BF%D0%B8%D1%8F%29"
                        + "%3B%22x%22.pdf");
    }
}
