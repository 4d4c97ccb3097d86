package org.unioncabinet.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts every document embeds: DejaVu, with full Cyrillic. They come from the npm package
 * {@code dejavu-fonts-ttf} and are copied to {@code classpath:/fonts/} by {@code src/main/frontend/build.mjs},
 * so documents never depend on what fonts a server has installed. Only the glyphs used are embedded.
 */
@Component
class PdfFonts {

    /** The CSS font-family names the templates use. */
    static final String SERIF = "DejaVu Serif";
    static final String MONO = "DejaVu Sans Mono";

    private record Face(String file, String family, int weight) {
    }

    private static final List<Face> FACES = List.of(
            new Face("DejaVuSerif.ttf", SERIF, 400),
            new Face("DejaVuSerif-Bold.ttf", SERIF, 700),
            new Face("DejaVuSansMono.ttf", MONO, 400));

    private volatile List<byte[]> loaded;

    void register(PdfRendererBuilder builder) {
        List<byte[]> bytes = bytes();
        for (int i = 0; i < FACES.size(); i++) {
            byte[] font = bytes.get(i);
            builder.useFont(() -> new ByteArrayInputStream(font), FACES.get(i).family(), FACES.get(i).weight(),
                    FontStyle.NORMAL, true);
        }
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
}
