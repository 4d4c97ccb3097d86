package org.unioncabinet.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
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

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.FontMappers;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
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
    static final String INLINE_PNG = "data:image/png;base64,";

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

    /** A parser per thread (a parser is not thread-safe; request and job threads render at the same time). */
    private static final ThreadLocal<DocumentBuilder> XHTML_PARSERS = ThreadLocal.withInitial(PdfRenderer::newParser);

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
                .withW3cDocument(xhtml(xhtml), null)
                // Templates are self-contained: nothing (images, style sheets, fonts) is fetched from anywhere. A PNG
                // inside the template itself (a data: address, the QR code of a certificate) is no fetch.
                .useExternalResourceAccessControl(PdfRenderer::inline, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                .useExternalResourceAccessControl(PdfRenderer::inline, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        fonts.register(builder, document);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
        }
    }

    /** Whether a resource the layout asks for is a PNG written into the template, the only kind it may have. */
    static boolean inline(String uri, ExternalResourceType type) {
        return type == ExternalResourceType.IMAGE_RASTER && uri != null && uri.startsWith(INLINE_PNG);
    }

    /**
     * The template's output as a DOM, parsed here rather than by the renderer: it looks up a SAX parser and a
     * transformer factory through the class path for every document (8 % of a document's CPU), where one factory
     * serves them all. Nothing external is read: the templates reference no DTD or entity.
     */
    private static Document xhtml(String xhtml) {
        try {
            DocumentBuilder builder = XHTML_PARSERS.get();
            builder.reset();
            return builder.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("A document template is not well-formed XHTML", e);
        }
    }

    private static DocumentBuilder newParser() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder();
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("No XML parser for the document templates", e);
        }
    }

    static Calendar calendar(Instant instant) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(MoscowTime.ZONE), Locale.ROOT);
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}
