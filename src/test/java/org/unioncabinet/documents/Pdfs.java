package org.unioncabinet.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a PDF says and how it is built, read back with PDFBox. */
public final class Pdfs {

    private Pdfs() {
    }

    /** The text of the pages {@code from}..{@code to} (1-based, inclusive) with every run of whitespace as one space. */
    static String text(byte[] pdf, int from, int to) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return normalize(stripper.getText(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(byte[] pdf) {
        return text(pdf, 1, Integer.MAX_VALUE);
    }

    static String lastPageText(byte[] pdf) {
        int pages = pages(pdf);
        return text(pdf, pages, pages);
    }

    static String normalize(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** The text with the lines a layout broke after a hyphen («№ 38-» / «ФЗ») joined again. */
    static String unhyphenated(String text) {
        return text.replaceAll("(\\d)- (\\p{Lu})", "$1-$2");
    }

    /** The text without the page footers («Страница 1 из 2»), which land inside paragraphs that cross pages. */
    static String withoutPageFooters(String text) {
        return text.replaceAll(" ?Страница \\d+ из \\d+ ?", " ").strip();
    }

    static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The creation and modification dates in the document information. */
    static List<Instant> dates(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = document.getDocumentInformation();
            return List.of(info.getCreationDate().toInstant(), info.getModificationDate().toInstant());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every font the pages use. */
    static List<PDFont> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = new ArrayList<>();
            for (PDPage page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How far right any glyph reaches, as a share of its page's width (above 1 means off the page). */
    static double rightmostGlyph(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            double[] rightmost = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition position : positions) {
                        rightmost[0] = Math.max(rightmost[0],
                                (position.getXDirAdj() + position.getWidthDirAdj()) / position.getPageWidth());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.getText(document);
            return rightmost[0];
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
