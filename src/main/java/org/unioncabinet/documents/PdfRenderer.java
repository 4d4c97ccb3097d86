package org.unioncabinet.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRSimpleLogFormatter;

/**
 * Renders a Thymeleaf template ({@code templates/documents/*.html}, written as XHTML) to PDF with the
 * embedded DejaVu fonts. The same template, variables and {@code createdAt} give the same bytes: the
 * dates in the file are {@code createdAt}, and the file id is derived from it, never from the clock.
 */
@Component
class PdfRenderer {

    static final String PRODUCER = "Личный кабинет члена Профсоюза";

    /**
     * What may not reach the XML parser or the page: characters XML 1.0 forbids (a control character in a
     * name would otherwise break rendering) and the bidirectional controls that make text read differently
     * than it is stored.
     */
    private static final Pattern UNPRINTABLE = Pattern.compile(
            "[^\\x09\\x0A\\x0D\\x20-\\x7E\\xA0-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]|[\\x{202A}-\\x{202E}\\x{2066}-\\x{2069}]");

    static {
        FontMappers.set(new BundledFontMapper());
        // openhtmltopdf prints several INFO lines per document to a console handler of its own. Keep only
        // warnings and errors, give it a handler that drops everything, and let its loggers pass records on
        // to java.util.logging's root, which Spring Boot routes to our logging.
        XRLog.setLoggerImpl(new JDKXRLogger(true, Level.WARNING, new Handler() {
            @Override
            public void publish(LogRecord record) {
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        }, new XRSimpleLogFormatter()));
    }

    private final ITemplateEngine templates;
    private final PdfFonts pdfFonts;

    PdfRenderer(ITemplateEngine templates, PdfFonts fonts) {
        this.templates = templates;
        this.pdfFonts = fonts;
    }

    /** A new PDF from the template. */
    byte[] render(String template, Map<String, Object> variables, String title, Instant createdAt) {
        try (PdfFonts.Lease fonts = fonts(); PDDocument document = new PDDocument()) {
            appendPages(document, fonts, template, variables);
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(title);
            info.setProducer(PRODUCER);
            info.setCreationDate(calendar(createdAt));
            info.setModificationDate(calendar(createdAt));
            document.setDocumentId(createdAt.toEpochMilli());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot render " + template, e);
        }
    }

    /**
     * The fonts for one document, from its layout until it is saved (PDFBox cuts the font subsets on saving): open
     * them before the document, so that they are given back after it is closed.
     */
    PdfFonts.Lease fonts() {
        return pdfFonts.lease();
    }

    /**
     * Lays the template out on new pages at the end of {@code document}, in {@code fonts}. The renderer replaces the
     * document information as it goes; callers set theirs afterwards.
     */
    void appendPages(PDDocument document, PdfFonts.Lease fonts, String template, Map<String, Object> variables)
            throws IOException {
        String xhtml = UNPRINTABLE.matcher(templates.process(template, new Context(Locale.forLanguageTag("ru"), variables)))
                .replaceAll("");
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .usePDDocument(document)
                .withProducer(PRODUCER)
                .withHtmlContent(xhtml, null)
                // Templates are self-contained: nothing (images, style sheets, fonts) is fetched from anywhere.
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        fonts.register(builder, document);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
        }
    }

    static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(MoscowTime.ZONE), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
