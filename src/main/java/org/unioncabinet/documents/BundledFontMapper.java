package org.unioncabinet.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * PDFBox's font mapper, minus the machine's fonts. PDFBox looks for installed fonts behind the 14 standard
 * PDF fonts, which openhtmltopdf registers for every document although ours embed DejaVu for all text: that
 * scans the system font folders, writes a cache file into the home directory, and warns about each font it
 * lacks on every document. With this mapper every such lookup gets the Liberation Sans that ships inside
 * the PDFBox jar, so documents come out the same whatever fonts a server has.
 */
final class BundledFontMapper implements FontMapper {

    private static final String LIBERATION_SANS = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final TrueTypeFont font;

    // Each mapping is reported as exact, not as a fallback: PDFBox warns about every fallback it is given,
    // and here the substitution is the intent (the standard fonts only stand by; our text is in DejaVu).

    BundledFontMapper() {
        try (InputStream in = FontMapper.class.getResourceAsStream(LIBERATION_SANS)) {
            if (in == null) {
                throw new IllegalStateException(LIBERATION_SANS + " is not in the PDFBox jar");
            }
            font = new TTFParser().parse(new RandomAccessReadBuffer(in));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read PDFBox's own fallback font", e);
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(font, false);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, font, false);
    }
}
