package org.unioncabinet.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every document embeds: DejaVu, with full Cyrillic. They come from the npm package
 * {@code dejavu-fonts-ttf} and are copied to {@code classpath:/fonts/} by {@code src/main/frontend/build.mjs},
 * so documents never depend on what fonts a server has installed. Only the glyphs used are embedded.
 * <p>
 * Parsing a TrueType file costs more than laying a document out, so the fonts are parsed once and the parsed fonts
 * kept for the next document. A parsed font is lent to one document at a time ({@link #lease()}): PDFBox reads it
 * while the document is laid out and again when the document is saved (that is when the subset is cut), and it
 * does not promise that a {@link TrueTypeFont} may be read by several threads at once. So there is one set of
 * parsed fonts per document being made at that moment, never one per thread, and no more are kept idle than
 * {@link #KEPT_SETS}.
 */
@Component
class PdfFonts {

    /** The CSS font-family names the templates use. */
    static final String SERIF = "DejaVu Serif";
    static final String MONO = "DejaVu Sans Mono";

    /**
     * How many idle sets of parsed fonts are kept (some 6 MB of heap each): documents are work for the processors, so
     * more of them at once than there are processors is a burst, whose extra fonts are dropped when it is over.
     */
    static final int KEPT_SETS = Math.max(2, Runtime.getRuntime().availableProcessors());

    private record Face(String file, String family, int weight) {
    }

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSerif.ttf", SERIF, 400),
            new Face("DejaVuSerif-Bold.ttf", SERIF, 700),
            new Face("DejaVuSansMono.ttf", MONO, 400));

    private final int kept;
    private final ConcurrentLinkedQueue<List<TrueTypeFont>> idle = new ConcurrentLinkedQueue<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private final AtomicInteger parsedSets = new AtomicInteger();
    private volatile List<byte[]> loaded;

    PdfFonts() {
        this(KEPT_SETS);
    }

    /** Keeping up to {@code kept} idle sets. */
    PdfFonts(int kept) {
        this.kept = kept;
    }

    /**
     * Parsed fonts for one document, its own until closed; close it only after the document is saved, which is when
     * PDFBox reads the fonts for the last time.
     */
    final class Lease implements AutoCloseable {

        private List<TrueTypeFont> fonts;

        private Lease(List<TrueTypeFont> fonts) {
            this.fonts = fonts;
        }

        /**
         * Offers the fonts to the renderer for {@code document}. A font is put into the document only when the
         * document uses it, and then with only the glyphs it uses (the PDFBox default: subset when saved).
         */
        void register(PdfRendererBuilder builder, PDDocument document) {
            if (fonts == null) {
                throw new IllegalStateException("The fonts were given back");
            }
            for (int i = 0; i < FACES.size(); i++) {
                builder.useFont(new Embedding(document, fonts.get(i)), FACES.get(i).family(), FACES.get(i).weight(),
                        FontStyle.NORMAL, true);
            }
        }

        @Override
        public void close() {
            if (fonts != null) {
                giveBack(fonts);
                fonts = null;
            }
        }
    }

    /** A set of parsed fonts for one document: a kept one if there is one, else newly parsed. */
    Lease lease() {
        List<TrueTypeFont> fonts = idle.poll();
        if (fonts != null) {
            idleCount.decrementAndGet();
        } else {
            fonts = parse();
        }
        return new Lease(fonts);
    }

    /** How many sets of fonts were parsed so far: one per document made at the same time as others, at most. */
    int parsedSets() {
        return parsedSets.get();
    }

    private void giveBack(List<TrueTypeFont> fonts) {
        if (idleCount.incrementAndGet() <= kept) {
            idle.offer(fonts);
        } else {
            idleCount.decrementAndGet();
        }
    }

    private List<TrueTypeFont> parse() {
        List<byte[]> bytes = bytes();
        List<TrueTypeFont> fonts = new ArrayList<>(FACES.size());
        for (int i = 0; i < FACES.size(); i++) {
            try {
                // Parsed from memory: PDFBox closes a font once it has cut a document's subset from it, and closing a
                // font parsed from memory leaves its data readable (PDFBox 3.0), which is what lets the next document
                // use it. ConcurrentRenderingTest fails if an upgrade changes that.
                fonts.add(new TTFParser().parse(new RandomAccessReadBuffer(bytes.get(i))));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot parse font " + FACES.get(i).file(), e);
            }
        }
        parsedSets.incrementAndGet();
        return List.copyOf(fonts);
    }

    /** Read once, on the first document, so that an app built without the fonts still starts. */
    private List<byte[]> bytes() {
        List<byte[]> result = loaded;
        if (result == null) {
            result = FACES.stream().map(face -> read("fonts/" + face.file())).toList();
            loaded = result;
        }
        return result;
    }

    private static byte[] read(String path) {
        ClassPathResource resource = new ClassPathResource(path);
        if (!resource.exists()) {
            throw new IllegalStateException("Font " + path + " is missing from the classpath; it is copied there by "
                    + "the frontend build (src/main/frontend/build.mjs): build once without -Dfrontend.skip=true");
        }
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read font " + path, e);
        }
    }

    /**
     * Puts a parsed font into a document when the renderer first needs it, as {@code PDType0Font.load} from the font
     * file did, minus the parsing. The document does not close the font: it is lent, not given.
     */
    private static final class Embedding extends PDFontSupplier {

        private final PDDocument document;
        private final TrueTypeFont font;

        Embedding(PDDocument document, TrueTypeFont font) {
            super(null);
            this.document = document;
            this.font = font;
        }

        @Override
        public PDFont supply() {
            try {
                return PDType0Font.load(document, font, true);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot embed font " + font, e);
            }
        }
    }
}
