package org.unioncabinet.correction;

import java.util.Arrays;
import java.util.Optional;

import org.unioncabinet.system.Sha256;

/**
 * The supporting document a member attaches to a correction statement (a marriage certificate, a passport page): a
 * PDF, JPEG or PNG, told by its first bytes, never by its name or the type the browser claims, and at most
 * {@value #MAX_BYTES} bytes. Kept with the statement, in PostgreSQL.
 */
public record Scan(byte[] bytes, Type type, String fileName, String sha256) {

    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_FILE_NAME = 255;

    public static final String TOO_LARGE = "Файл больше 5 МБ. Уменьшите его (например, сохраните скан с меньшим "
            + "разрешением) и загрузите снова.";
    public static final String WRONG_TYPE = "Загрузите файл PDF, JPEG или PNG.";
    public static final String EMPTY = "Файл пуст. Выберите другой файл.";

    /** What a scan may be, by its signature at the start of the file. */
    public enum Type {
        PDF("application/pdf", "PDF", new byte[] {'%', 'P', 'D', 'F', '-'}),
        JPEG("image/jpeg", "JPEG", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", "PNG", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

        private final String mediaType;
        private final String label;
        private final byte[] magic;

        Type(String mediaType, String label, byte[] magic) {
            this.mediaType = mediaType;
            this.label = label;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        public String label() {
            return label;
        }

        static Optional<Type> of(byte[] bytes) {
            return Arrays.stream(values())
                    .filter(type -> bytes.length >= type.magic.length
                            && Arrays.equals(Arrays.copyOf(bytes, type.magic.length), type.magic))
                    .findFirst();
        }

        static Optional<Type> ofMediaType(String mediaType) {
            return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst();
        }
    }

    /** A scan, or the member's message why it is refused. */
    public sealed interface Checked {
        record Accepted(Scan scan) implements Checked {
        }

        record Refused(String message) implements Checked {
        }
    }

    /** @param fileName as the browser sent it: kept only as a label, cleaned of paths and control characters */
    public static Checked check(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            return new Checked.Refused(EMPTY);
        }
        if (bytes.length > MAX_BYTES) {
            return new Checked.Refused(TOO_LARGE);
        }
        return Type.of(bytes).<Checked>map(type -> new Checked.Accepted(
                new Scan(bytes, type, cleanName(fileName, type), Sha256.hex(bytes))))
                .orElse(new Checked.Refused(WRONG_TYPE));
    }

    /** «Скан документа (PDF, 1,2 МБ)», as the statement's PDF lists its attachment. */
    public static String describe(Type type, int size) {
        double megabytes = size / (1024.0 * 1024.0);
        String amount = megabytes >= 0.1 ? String.format(java.util.Locale.forLanguageTag("ru"), "%.1f МБ", megabytes)
                : Math.max(1, size / 1024) + " КБ";
        return "Скан документа (" + type.label() + ", " + amount + ")";
    }

    private static String cleanName(String fileName, Type type) {
        String name = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            name = "scan." + type.name().toLowerCase(java.util.Locale.ROOT);
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }
}
