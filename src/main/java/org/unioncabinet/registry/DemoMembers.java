package org.unioncabinet.registry;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fresh demonstration member of the registry, so a newcomer can try variant 1 again: each e-ticket can be linked
 * to one cabinet only, and the demo file's few members are soon taken. Only where the demo registry is on (never
 * in {@code prod}); the member goes through the registry import like any other, with a newly issued number.
 */
@Service
@ConditionalOnProperty(name = "cabinet.registry.demo-data", havingValue = "true")
public class DemoMembers {

    /** What the newcomer types into «Проверка профсоюзного членства». */
    public record DemoMember(String lastName, String firstName, String middleName, String birthDate,
            String ticketNumber) {
    }

    private static final List<String[]> NAMES = List.of(
            new String[] {"Соколова", "Мария", "Ивановна"}, new String[] {"Кузнецов", "Андрей", "Петрович"},
            new String[] {"Орлова", "Елена", "Викторовна"}, new String[] {"Смирнов", "Илья", "Сергеевич"},
            new String[] {"Белова", "Ольга", "Николаевна"}, new String[] {"Морозов", "Дмитрий", "Алексеевич"});
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String SCHOOL = "МБОУ СОШ № 15 г. Васильевска";

    private final RegistryImport registryImport;
    private final TicketIssuer tickets;

    DemoMembers(RegistryImport registryImport, TicketIssuer tickets) {
        this.registryImport = registryImport;
        this.tickets = tickets;
    }

    @Transactional
    public DemoMember add() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String[] name = NAMES.get(random.nextInt(NAMES.size()));
        LocalDate birthDate = LocalDate.of(1965 + random.nextInt(35), 1 + random.nextInt(12), 1 + random.nextInt(28));
        String ticket = tickets.issue();
        String csv = "фамилия;имя;отчество;дата_рождения;номер_билета;образовательная_организация;"
                + "первичная_организация;статус\n" + String.join(";", name[0], name[1], name[2], DATE.format(birthDate),
                ticket, SCHOOL, "ППО " + SCHOOL, "состоит") + "\n";
        ImportReport report;
        try {
            report = registryImport.importFrom(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!report.errors().isEmpty()) {
            throw new IllegalStateException("Demo member refused by the import: " + report.summary());
        }
        return new DemoMember(name[0], name[1], name[2], DATE.format(birthDate),
                new TicketNumber(ticket).formatted());
    }
}
