package org.unioncabinet.registry;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;

/** A registry file built line by line in a test; every test takes fresh ticket numbers, as the database is shared. */
final class RegistryFile {

    static final String HEADER =
            "фамилия;имя;отчество;дата_рождения;номер_билета;образовательная_организация;первичная_организация;статус";
    static final String SCHOOL = "МБОУ СОШ № 15 г. Васильевска";
    static final String PRIMARY = "ППО МБОУ СОШ № 15 г. Васильевска";

    private final StringBuilder text = new StringBuilder();

    private RegistryFile(String header) {
        text.append(header).append('\n');
    }

    static RegistryFile withHeader() {
        return new RegistryFile(HEADER);
    }

    static RegistryFile withHeader(String header) {
        return new RegistryFile(header);
    }

    /** A line exactly as given (cells already joined by {@code ;}). */
    RegistryFile line(String line) {
        text.append(line).append('\n');
        return this;
    }

    /** A good member of school № 15. */
    RegistryFile member(String lastName, String firstName, String middleName, String birthDate, String ticket,
            String status) {
        return line(String.join(";", lastName, firstName, middleName, birthDate, ticket, SCHOOL, PRIMARY, status));
    }

    String text() {
        return text.toString();
    }

    InputStream stream() {
        return new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** 16 random digits starting with 9, apart from the demo file's 7740… */
    static String newTicket() {
        return "9" + String.format("%015d", ThreadLocalRandom.current().nextLong(1_000_000_000_000_000L));
    }
}
