package org.unioncabinet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.support.CabinetTest;

/**
 * How long a large file takes; off by default, as it writes that many rows into the test database.
 * Run with {@code -Dregistry.volume=100000}.
 */
@CabinetTest
@EnabledIfSystemProperty(named = "registry.volume", matches = "\\d+")
class RegistryImportVolumeTest {

    private static final Logger log = LoggerFactory.getLogger(RegistryImportVolumeTest.class);

    private static final List<String> LAST_NAMES = List.of("Иванова", "Петров", "Смирнова", "Кузнецов", "Воробьёва");
    private static final List<String> FIRST_NAMES = List.of("Анна", "Пётр", "Елена", "Дмитрий", "Мария");

    @Autowired
    RegistryImport registryImport;

    @TempDir
    Path folder;

    @Test
    void importsALargeFileAndThenFindsNothingToChange() throws IOException {
        int lines = Integer.getInteger("registry.volume");
        Path file = generate(lines);

        long start = System.nanoTime();
        ImportReport first = registryImport.importFile(file);
        Duration firstRun = Duration.ofNanos(System.nanoTime() - start);
        start = System.nanoTime();
        ImportReport second = registryImport.importFile(file);
        Duration secondRun = Duration.ofNanos(System.nanoTime() - start);
        log.info("{} lines ({} MB): first import {} ms, second import {} ms", lines, Files.size(file) >> 20,
                firstRun.toMillis(), secondRun.toMillis());

        assertThat(first).isEqualTo(new ImportReport(lines, lines, 0, 0, List.of(), false));
        assertThat(second).isEqualTo(new ImportReport(lines, 0, 0, lines, List.of(), false));
    }

    private Path generate(int lines) throws IOException {
        Path file = folder.resolve("registry.csv");
        // a prefix of its own, so that the rows never collide with other tests' random tickets
        long base = 8_000_000_000_000_000L + (System.nanoTime() % 1_000_000L) * 1_000_000_000L;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(RegistryFile.HEADER);
            out.newLine();
            for (int i = 0; i < lines; i++) {
                int school = i % 5000;
                out.write(String.join(";", LAST_NAMES.get(i % 5), FIRST_NAMES.get(i / 5 % 5), i % 7 == 0 ? "" : "Сергеевна",
                        LocalDate.of(1960, 1, 1).plusDays(i % 15_000).toString(), Long.toString(base + i),
                        "МБОУ СОШ № " + school + " г. Васильевска", "ППО МБОУ СОШ № " + school + " г. Васильевска",
                        i % 50 == 0 ? "выбыл" : "состоит"));
                out.newLine();
            }
        }
        return file;
    }
}
