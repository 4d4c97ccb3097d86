package org.unioncabinet.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Keeps the PDFs a test made in target/sample-documents, for a person to look at (e.g. pdftoppm -png). */
final class Samples {

    private Samples() {
    }

    static void keep(String fileName, byte[] pdf) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "sample-documents"));
            Files.write(folder.resolve(fileName), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
