package org.unioncabinet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.legal.LegalTextKind;
import org.unioncabinet.legal.LegalTexts;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

/** The consent PDFs themselves: what they say, that they embed their font, and that they are reproducible. */
@CabinetTest
class DocumentPdfTest {

    static final DocumentHolder IVANOVA = new DocumentHolder("Иванова", "Мария", "Петровна", LocalDate.of(1985, 3, 12),
            "ivanova@mail.ru", "7700000000000011");
    static final Instant SIGNED_AT = Instant.parse("2026-12-01T11:03:12Z");

    @Autowired
    Documents documents;
    @Autowired
    PdfRenderer renderer;
    @Autowired
    LegalTexts legalTexts;
    @Autowired
    Members members;

    @Test
    void saysWhoConsentsAndTheWholeCurrentLegalText() {
        byte[] pdf = personalDataConsentOf(IVANOVA);
        Samples.keep("personal-data-consent.pdf", pdf);

        String text = Pdfs.text(pdf);
        assertThat(text)
                .contains("Согласие на обработку персональных данных")
                .contains("Иванова Мария Петровна")
                .contains("12.03.1985")
                .contains("ivanova@mail.ru")
                .contains("7700 0000 0000 0011")
                .doesNotContain("7700000000000011")
                .contains("Редакция 1 от 01.11.2026");
        String body = Pdfs.withoutPageFooters(text);
        for (String paragraph : legalTexts.current(LegalTextKind.PERSONAL_DATA_CONSENT).getParagraphs()) {
            assertThat(body).contains(Pdfs.normalize(paragraph));
        }
    }

    @Test
    void leavesOutTheTicketRowWhenTheMemberHasNoTicketYet() {
        byte[] pdf = personalDataConsentOf(new DocumentHolder("Петров", "Олег", "", LocalDate.of(2001, 9, 1),
                "petrov@mail.ru", null));

        assertThat(Pdfs.text(pdf)).contains("Петров Олег").doesNotContain("Номер электронного профсоюзного билета");
    }

    @Test
    void embedsItsCyrillicFont() {
        List<PDFont> fonts = Pdfs.fonts(personalDataConsentOf(IVANOVA));

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.isEmbedded()).as("%s embedded", font.getName()).isTrue();
            assertThat(font.getName()).contains("DejaVu");
        });
    }

    @Test
    void theSameInputGivesTheSameBytes() {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("title", "Согласие на обработку персональных данных");
        variables.put("version", 1);
        variables.put("effectiveFrom", "01.11.2026");
        variables.put("paragraphs", List.of("1. Первый пункт.", "2. Второй пункт."));
        variables.put("fullName", "Иванова Мария Петровна");
        variables.put("birthDate", "12.03.1985");
        variables.put("email", "ivanova@mail.ru");
        variables.put("ticketNumber", null);
        variables.put("createdAt", "01.12.2026");
        Instant at = Instant.parse("2026-12-01T09:00:00Z");

        byte[] first = renderer.render(Documents.CONSENT_TEMPLATE, variables, "Согласие", at);
        byte[] second = renderer.render(Documents.CONSENT_TEMPLATE, new LinkedHashMap<>(variables), "Согласие", at);

        assertThat(second).isEqualTo(first);
        // The file's own dates are the document's, not the moment it was rendered.
        assertThat(Pdfs.dates(first)).containsOnly(at);
        variables.put("fullName", "Иванова Мария Павловна");
        assertThat(renderer.render(Documents.CONSENT_TEMPLATE, variables, "Согласие", at)).isNotEqualTo(first);
    }

    @Test
    void markupAndControlCharactersInNamesArePrintedAsText() {
        byte[] pdf = personalDataConsentOf(new DocumentHolder("<script>alert('x')</script>", "Том & Джерри",
                "<b>Жирный</b>\u0000\u202E", LocalDate.of(1990, 1, 2), "a&b@example.ru", "<img src=x>"));

        String text = Pdfs.text(pdf);
        assertThat(text)
                .contains("<script>alert('x')</script> Том & Джерри <b>Жирный</b>")
                .contains("a&b@example.ru")
                .contains("<img src=x>")
                .doesNotContain("&amp;")
                .doesNotContain("&lt;");
        // The text after the names is all there: nothing in them ended an element or swallowed the rest.
        assertThat(text).contains("Дата формирования документа");
    }

    @Test
    void veryLongValuesWrapInsideThePage() {
        String longName = "Ж".repeat(400);
        String longEmail = "a".repeat(300) + "@example.ru";

        byte[] pdf = personalDataConsentOf(new DocumentHolder(longName, "Анна", null, LocalDate.of(1990, 1, 2),
                longEmail, null));

        assertThat(Pdfs.text(pdf).replace(" ", "")).contains(longName + "Анна").contains(longEmail);
        assertThat(Pdfs.rightmostGlyph(pdf)).isLessThan(1.0);
    }

    /**
     * Every document as drafted and as signed, each page filled at least a quarter of its height: no page with one
     * stray line or a lone stamp that would have fitted on the page before. The files go to target/sample-documents
     * for a person to look at.
     */
    @Test
    void noDocumentHasANearlyEmptyPage() throws IOException {
        UUID member = members.register(Members.newEmail()).getId();
        UUID applicant = members.register(Members.newEmail()).getId();

        assertNoNearlyEmptyPage(member, documents.prepareConsents(member, IVANOVA, true), "variant-1-");
        assertNoNearlyEmptyPage(applicant, documents.prepareJoinDocuments(applicant, JoinDocumentsTest.IVANOVA, true),
                "variant-2-");
    }

    private void assertNoNearlyEmptyPage(UUID accountId, UUID batch, String prefix) throws IOException {
        for (MemberDocument document : documents.batch(batch)) {
            byte[] draft = documents.content(document.id());
            documents.markSigned(document.id(), UUID.randomUUID(), SIGNED_AT, "ivanova@mail.ru");
            byte[] signed = documents.file(accountId, document.id()).orElseThrow().bytes();
            String name = prefix + document.kind().asciiFileName().replace(".pdf", "");
            Samples.keep(name + ".pdf", draft);
            Samples.keep(name + "-signed.pdf", signed);

            for (byte[] pdf : List.of(draft, signed)) {
                try (PDDocument loaded = Loader.loadPDF(pdf)) {
                    for (int page = 1; page <= loaded.getNumberOfPages(); page++) {
                        float height = loaded.getPage(page - 1).getMediaBox().getHeight();
                        assertThat(SignatureStamp.textBottom(loaded, page) / height)
                                .as("how far the text of page %d of %s reaches", page, name).isGreaterThan(0.25f);
                    }
                }
            }
            assertThat(Pdfs.lastPageText(signed)).as(name).contains("Документ подписан простой электронной подписью");
        }
    }

    private byte[] personalDataConsentOf(DocumentHolder holder) {
        UUID accountId = members.register(Members.newEmail()).getId();
        UUID batch = documents.prepareConsents(accountId, holder, false);
        return documents.content(documents.batch(batch).get(0).id());
    }
}
