package org.unioncabinet.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.thymeleaf.ITemplateEngine;
import org.unioncabinet.legal.LegalText;
import org.unioncabinet.legal.LegalTextKind;
import org.unioncabinet.legal.LegalTexts;
import org.unioncabinet.support.CabinetTest;

/**
 * Documents are made at the same time by request threads and job threads, and the parsed fonts are kept from one
 * document to the next: neither may change a byte of what is made.
 */
@CabinetTest
class ConcurrentRenderingTest {

    static final Instant CREATED_AT = Instant.parse("2026-12-01T09:00:00Z");
    static final int THREADS = 4;
    static final int ROUNDS = 3;

    @Autowired
    ITemplateEngine templates;
    @Autowired
    LegalTexts legalTexts;

    /** What one thread makes: each document drafted and stamped; the short one takes its stamp on its last page. */
    private List<byte[]> documents(PdfRenderer renderer) {
        SignatureStamp stamp = new SignatureStamp(renderer);
        List<byte[]> made = new ArrayList<>();
        for (Map<String, Object> variables : List.of(consent(LegalTextKind.PERSONAL_DATA_CONSENT),
                consent(LegalTextKind.ADVERTISING_CONSENT), application(),
                SampleVariables.consent("Согласие", List.of("1. Первый пункт.", "2. Второй пункт.")))) {
            String title = (String) variables.get("title");
            byte[] pdf = renderer.render(SampleVariables.template(variables), variables, title, CREATED_AT);
            made.add(pdf);
            made.add(stamp.stamp(pdf, new SignatureStamp.Facts(title, "Иванова Мария Петровна", "ivanova@mail.ru",
                    CREATED_AT.plusSeconds(600), new UUID(1, 2))));
        }
        return made;
    }

    @Test
    void documentsMadeAtTheSameTimeAreByteForByteThoseMadeOneByOne() throws Exception {
        List<byte[]> alone = documents(new PdfRenderer(templates, new PdfFonts()));

        PdfFonts fonts = new PdfFonts(THREADS);
        PdfRenderer shared = new PdfRenderer(templates, fonts);
        CyclicBarrier start = new CyclicBarrier(THREADS);
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<List<List<byte[]>>>> results = new ArrayList<>();
            for (int thread = 0; thread < THREADS; thread++) {
                results.add(threads.submit((Callable<List<List<byte[]>>>) () -> {
                    start.await(1, TimeUnit.MINUTES);
                    List<List<byte[]>> rounds = new ArrayList<>();
                    for (int round = 0; round < ROUNDS; round++) {
                        rounds.add(documents(shared));
                    }
                    return rounds;
                }));
            }
            for (Future<List<List<byte[]>>> result : results) {
                for (List<byte[]> made : result.get(5, TimeUnit.MINUTES)) {
                    assertThat(made).hasSameSizeAs(alone);
                    for (int i = 0; i < alone.size(); i++) {
                        assertThat(made.get(i)).as("document %d", i).isEqualTo(alone.get(i));
                    }
                }
            }
        } finally {
            threads.shutdownNow();
        }
        // Fonts are parsed for documents made at the same moment, not for each document.
        assertThat(fonts.parsedSets()).isBetween(1, THREADS);
    }

    @Test
    void theFontsOfOneDocumentServeTheNext() {
        PdfFonts fonts = new PdfFonts();
        PdfRenderer renderer = new PdfRenderer(templates, fonts);

        List<byte[]> first = documents(renderer);
        List<byte[]> second = documents(renderer);

        assertThat(second).containsExactlyElementsOf(first);
        assertThat(fonts.parsedSets()).isEqualTo(1);
        // Both ways of stamping lay the stamp out in the lent fonts: below the text, and on a page of its own.
        List<Integer> pagesAdded = new ArrayList<>();
        for (int i = 0; i < first.size(); i += 2) {
            pagesAdded.add(Pdfs.pages(first.get(i + 1)) - Pdfs.pages(first.get(i)));
        }
        assertThat(pagesAdded).contains(0, 1);
    }

    private Map<String, Object> consent(LegalTextKind kind) {
        LegalText text = legalTexts.current(kind);
        return SampleVariables.consent(text.getTitle(), text.getParagraphs());
    }

    private Map<String, Object> application() {
        LegalText text = legalTexts.current(LegalTextKind.JOIN_APPLICATION);
        return SampleVariables.application(text.getTitle(), text.getParagraphs());
    }
}
