package org.unioncabinet.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import org.springframework.stereotype.Component;
import org.unioncabinet.system.Sha256;

/**
 * Adds the visible signature stamp to a signed PDF, written as a PDF incremental update: the stamped file begins
 * with the signed bytes unchanged, so anyone can cut it at that length and check the SHA-256 printed on the stamp.
 * The stamp goes below the text of the signed document's last page when it fits there (a page holding nothing but
 * the stamp reads like a leftover), on a page of its own when it does not.
 */
@Component
class SignatureStamp {

    static final String TEMPLATE = "documents/signature-stamp";

    private static final float MM = 72f / 25.4f;
    /** The documents' and the stamp's {@code @page} margins: the stamp's text starts where a document's does. */
    private static final float TOP_MARGIN = 20 * MM;
    private static final float BOTTOM_MARGIN = 22 * MM;
    /** Between the document's last line and the stamp's frame. */
    private static final float GAP = 8 * MM;
    /** Below a baseline: the descenders and the stamp's frame. */
    private static final float BELOW_BASELINE = 4;

    /** What the stamp says. */
    record Facts(String documentTitle, String signerFullName, String codeSentTo, Instant signedAt, UUID signatureId) {
    }

    private final PdfRenderer renderer;

    SignatureStamp(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] stamp(byte[] signed, Facts facts) {
        Map<String, Object> variables = variables(signed, facts);
        // One set of fonts for the stamp alone and, when it does not fit, for the page it then takes.
        try (PdfFonts.Lease fonts = renderer.fonts(); PDDocument document = Loader.loadPDF(signed);
                PDDocument stamp = Loader.loadPDF(stampAlone(fonts, variables))) {
            int signedPages = document.getNumberOfPages();
            COSDictionary signedInfo = document.getDocumentInformation().getCOSObject();

            PDPage last = document.getPage(signedPages - 1);
            float textEnd = textBottom(document, signedPages);
            float stampHeight = textBottom(stamp, 1) - TOP_MARGIN;
            boolean fits = stamp.getNumberOfPages() == 1
                    && textEnd + GAP + stampHeight <= last.getMediaBox().getHeight() - BOTTOM_MARGIN;
            if (fits) {
                drawBelowTheText(document, last, stamp, textEnd + GAP - TOP_MARGIN);
            } else if (stamp.getNumberOfPages() == 1) {
                // the stamp already laid out, on a page of its own: the same page, not a second layout of it
                PDPage own = new PDPage(stamp.getPage(0).getMediaBox());
                document.addPage(own);
                drawBelowTheText(document, own, stamp, 0);
            } else {
                renderer.appendPages(document, fonts, TEMPLATE, variables);
            }

            // Keep the signed file's information dictionary (the renderer put a fresh one in), only dated anew.
            PDDocumentInformation info = new PDDocumentInformation(signedInfo);
            info.setModificationDate(PdfRenderer.calendar(facts.signedAt()));
            document.setDocumentInformation(info);
            document.setDocumentId(facts.signedAt().toEpochMilli());

            ByteArrayOutputStream out = new ByteArrayOutputStream(signed.length * 2);
            document.saveIncremental(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stamp a signed document", e);
        }
    }

    /** The stamp as a file of its own: saving embeds the subsets of its fonts, which drawing it elsewhere needs. */
    private byte[] stampAlone(PdfFonts.Lease fonts, Map<String, Object> variables) throws IOException {
        try (PDDocument stamp = new PDDocument()) {
            renderer.appendPages(stamp, fonts, TEMPLATE, variables);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            stamp.save(out);
            return out.toByteArray();
        }
    }

    private static Map<String, Object> variables(byte[] signed, Facts facts) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("documentTitle", facts.documentTitle());
        variables.put("signer", facts.signerFullName());
        variables.put("codeSentTo", facts.codeSentTo());
        variables.put("signedDate", MoscowTime.date(facts.signedAt()));
        variables.put("signedTime", MoscowTime.time(facts.signedAt()));
        variables.put("signatureId", facts.signatureId().toString());
        variables.put("sha256", Sha256.hex(signed));
        variables.put("signedBytes", signed.length);
        return variables;
    }

    /** The stamp's page as a form, drawn {@code down} points lower on the signed document's last page. */
    private static void drawBelowTheText(PDDocument document, PDPage last, PDDocument stamp, float down)
            throws IOException {
        PDFormXObject form = new LayerUtility(document).importPageAsForm(stamp, 0);
        try (PDPageContentStream content = new PDPageContentStream(document, last,
                PDPageContentStream.AppendMode.APPEND, true, true)) {
            content.saveGraphicsState();
            content.transform(Matrix.getTranslateInstance(0, -down));
            content.drawForm(form);
            content.restoreGraphicsState();
        }
    }

    /**
     * How far from the top of the page (1-based) its text reaches, leaving out the page footer in the bottom
     * margin («Страница 2 из 2»).
     */
    static float textBottom(PDDocument document, int page) throws IOException {
        PDPage measured = document.getPage(page - 1);
        return TextBottom.of(measured, measured.getMediaBox().getHeight() - BOTTOM_MARGIN, BELOW_BASELINE);
    }
}
