package org.unioncabinet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.support.CabinetTest;

/** The exit codes of {@code --import-registry} (the exit itself is left to a real run, see docs/operations.md). */
@CabinetTest
class RegistryImportCommandTest {

    @Autowired
    RegistryImportCommand command;

    @Autowired
    RegistryMemberRepository members;

    @TempDir
    Path folder;

    @Test
    void importsTheFileAndSucceedsEvenWithBadLines() throws IOException {
        String ticket = RegistryFile.newTicket();
        Path file = write(RegistryFile.withHeader()
                .member("Иванов", "Пётр", "Алексеевич", "02.11.1978", ticket, "")
                .member("", "Анна", "", "14.03.1985", RegistryFile.newTicket(), ""));

        assertThat(command.importFiles(List.of(file.toString()))).isZero();
        assertThat(members.findByTicketNumber(ticket)).isPresent();
    }

    @Test
    void failsWhenTheFileIsMissingOrUnreadable() throws IOException {
        Path headerless = write(RegistryFile.withHeader("Иванов;Пётр"));

        assertThat(command.importFiles(List.of(folder.resolve("нет-такого.csv").toString()))).isEqualTo(1);
        assertThat(command.importFiles(List.of(headerless.toString()))).isEqualTo(1);
        assertThat(command.importFiles(List.of(""))).isEqualTo(1);
    }

    private Path write(RegistryFile content) throws IOException {
        Path file = Files.createTempFile(folder, "registry", ".csv");
        Files.writeString(file, content.text(), StandardCharsets.UTF_8);
        return file;
    }
}
