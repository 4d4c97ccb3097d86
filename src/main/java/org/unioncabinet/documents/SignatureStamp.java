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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.springframework.stereotype.Component;
import org.unioncabinet.system.Sha256;

/**
 * Appends the visible signature stamp to a signed PDF as a final page, written as a PDF incremental update:
 * the stamped file begins with the signed bytes unchanged, so anyone can cut it at that length and check
 * the SHA-256 printed on the stamp.
 */
@Component
class SignatureStamp {

    static final String TEMPLATE = "documents/signature-stamp";

    /** What the stamp says. */
    record Facts(String documentTitle, String signerFullName, Instant signedAt, UUID signatureId) {
    }

    private final PdfRenderer renderer;

    SignatureStamp(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    byte[] stamp(byte[] signed, Facts facts) {
        try (PDDocument document = Loader.loadPDF(signed)) {
            int signedPages = document.getNumberOfPages();
            COSDictionary signedInfo = document.getDocumentInformation().getCOSObject();

            Map<String, Object> variables = new LinkedHashMap<>();
            variables.put("documentTitle", facts.documentTitle());
            variables.put("signer", facts.signerFullName());
            variables.put("signedAt", MoscowTime.dateTime(facts.signedAt()));
            variables.put("signatureId", facts.signatureId().toString());
            variables.put("sha256", Sha256.hex(signed));
            variables.put("signedBytes", signed.length);
            variables.put("signedPages", signedPages);
            renderer.appendPages(document, TEMPLATE, variables);

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
}
