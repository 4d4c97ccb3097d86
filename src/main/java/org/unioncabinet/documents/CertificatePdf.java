package org.unioncabinet.documents;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.imageio.ImageIO;

import org.springframework.stereotype.Component;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * A certificate or diploma (of «Профсоюзный диктант») as an A4 PDF, with the documents' renderer and fonts: the
 * award as its title, the holder, what for, the verification code and its address as a QR code. The caller stores
 * the bytes; the same certificate and {@code issuedAt} give the same bytes.
 */
@Component
public class CertificatePdf {

    static final String TEMPLATE = "documents/certificate";
    /** Pixels per QR module: whole pixels, so the code stays sharp however the PDF is scaled. */
    private static final int MODULE_PIXELS = 8;

    /**
     * What the certificate says.
     *
     * @param award «Диплом I степени» … «Сертификат участника»: the title
     * @param score «25 из 30 баллов»
     * @param code the verification code as printed, {@code XXXX-XXXX-XXXX-XXXX}
     * @param verifyAddress the public address that confirms it, also in the QR code
     */
    public record Certificate(String award, String holderName, String edition, String score, LocalDate date,
            String code, String verifyAddress) {
    }

    private final PdfRenderer renderer;

    CertificatePdf(PdfRenderer renderer) {
        this.renderer = renderer;
    }

    public byte[] render(Certificate certificate, Instant issuedAt) {
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("certificate", certificate);
        variables.put("date", MoscowTime.date(certificate.date()));
        variables.put("qr", PdfRenderer.INLINE_PNG + Base64.getEncoder().encodeToString(qrPng(certificate.verifyAddress())));
        return renderer.render(TEMPLATE, variables, certificate.award(), issuedAt);
    }

    /** The address as a QR code (medium error correction: a printed certificate gets creased), as a PNG. */
    static byte[] qrPng(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
            BufferedImage image = new BufferedImage(matrix.getWidth() * MODULE_PIXELS, matrix.getHeight() * MODULE_PIXELS,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / MODULE_PIXELS, y / MODULE_PIXELS) ? 0x000000 : 0xFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot put «" + text + "» into a QR code", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
