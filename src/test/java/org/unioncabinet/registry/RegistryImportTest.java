package org.unioncabinet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.csv.LineError;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

@CabinetTest
class RegistryImportTest {

    @Autowired
    RegistryImport registryImport;

    @Autowired
    RegistryMemberRepository members;

    @Autowired
    MembershipCheck membershipCheck;

    @Autowired
    Members accounts;

    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsEveryGoodLineCleanedAsItWillBeCompared() throws IOException {
        String vorobyova = RegistryFile.newTicket();
        String kim = RegistryFile.newTicket();
        String kuznetsov = RegistryFile.newTicket();
        RegistryFile file = RegistryFile.withHeader()
                .member("Воробьёва", "Анна", "Сергеевна", "14.03.1985", vorobyova, "состоит")
                .line("  Ким ;Алина;  ;1993-07-21;" + spaced(kim) + ";\"МАОУ \"\"Гимназия; № 3\"\"\";ППО  МАОУ «Гимназия № 3»;ACTIVE")
                .member("Кузнецов", "Дмитрий", "Игоревич", "09.01.1969", kuznetsov, "ВЫБЫЛ");

        ImportReport report = registryImport.importFrom(file.stream());

        assertThat(report).isEqualTo(new ImportReport(3, 3, 0, 0, List.of(), false));
        assertThat(report.summary())
                .isEqualTo("Прочитано строк: 3; добавлено: 3, обновлено: 0, без изменений: 0, с ошибками: 0.");
        RegistryMember first = members.findByTicketNumber(vorobyova).orElseThrow();
        assertThat(first).extracting(RegistryMember::getLastName, RegistryMember::getFirstName,
                        RegistryMember::getMiddleName, RegistryMember::getBirthDate,
                        RegistryMember::getEducationalOrganisation, RegistryMember::getPrimaryOrganisation,
                        RegistryMember::getStatus, RegistryMember::getAccountId)
                .containsExactly("Воробьёва", "Анна", "Сергеевна", LocalDate.of(1985, 3, 14), RegistryFile.SCHOOL,
                        RegistryFile.PRIMARY, MembershipStatus.ACTIVE, null);
        assertThat(first.getCreatedAt()).isEqualTo(first.getUpdatedAt());
        assertThat(members.findByTicketNumber(kim).orElseThrow())
                .extracting(RegistryMember::getLastName, RegistryMember::getMiddleName, RegistryMember::getBirthDate,
                        RegistryMember::getEducationalOrganisation, RegistryMember::getPrimaryOrganisation)
                .containsExactly("Ким", null, LocalDate.of(1993, 7, 21), "МАОУ \"Гимназия; № 3\"",
                        "ППО МАОУ «Гимназия № 3»");
        assertThat(members.findByTicketNumber(kuznetsov).orElseThrow().getStatus()).isEqualTo(MembershipStatus.LEFT);
    }

    @Test
    void reportsEachBadLineWithItsNumberAndReasonAndLoadsTheRest() throws IOException {
        String good = RegistryFile.newTicket();
        String quoted = RegistryFile.newTicket();
        RegistryFile file = RegistryFile.withHeader()
                .member("Иванов", "Пётр", "Алексеевич", "02.11.1978", good, "")                     // 2
                .member("", "Анна", "Сергеевна", "14.03.1985", RegistryFile.newTicket(), "")         // 3
                .member("Смирнова", "Елена", "", "31.02.1990", RegistryFile.newTicket(), "")         // 4
                .member("Попова", "Ольга", "", "01.01.2999", RegistryFile.newTicket(), "")           // 5
                .member("Соколов", "Артём", "", "30.04.1988", "7740 1234 5678 901", "")              // 6
                .line("")                                                                            // 7
                .member("Лебедева", "Мария", "", "05.12.1995", spaced(good), "")                     // 8
                .member("Новикова", "Татьяна", "", "11.02.1965", RegistryFile.newTicket(), "уволена") // 9
                .line("Морозов;Сергей;;23.09.1981;" + RegistryFile.newTicket() + ";" + RegistryFile.SCHOOL + ";состоит") // 10
                .member("Волкова", " ", "", "1983/10/08", RegistryFile.newTicket(), "")              // 11
                .line("Фёдорова;Наталья;;29.03.1971;" + quoted + ";\"МБДОУ «Детский сад № 42»\n"      // 12
                        + "корпус 2\";ППО МБДОУ «Детский сад № 42»;")                                   // 13
                .member("Алексеева", "Юлия", "", "12.06.1998", "", "")                               // 14
                .member("Григорьев", "Никита", "", "03.03.1899", RegistryFile.newTicket(), "");      // 15

        ImportReport report = registryImport.importFrom(file.stream());

        assertThat(report.errors()).extracting(LineError::line, LineError::reason).containsExactly(
                tuple(3L, "не указана фамилия"),
                tuple(4L, "несуществующая дата рождения"),
                tuple(5L, "дата рождения в будущем"),
                tuple(6L, "номер билета должен состоять из 16 цифр"),
                tuple(8L, "номер билета повторяется: он уже есть в строке 2"),
                tuple(9L, "неизвестный статус «уволена»: допустимы ACTIVE, LEFT, состоит, выбыл"),
                tuple(10L, "неверное число столбцов: 7 вместо 8"),
                tuple(11L, "не указано имя; дата рождения не в формате ДД.ММ.ГГГГ или ГГГГ-ММ-ДД"),
                tuple(14L, "не указан номер билета"),
                tuple(15L, "дата рождения раньше 1900 года"));
        assertThat(report).extracting(ImportReport::linesRead, ImportReport::created, ImportReport::updated,
                ImportReport::unchanged, ImportReport::stopped).containsExactly(12, 2, 0, 0, false);
        assertThat(report.lines()).contains("Строка 3: не указана фамилия");
        assertThat(members.findByTicketNumber(good).orElseThrow().getLastName()).isEqualTo("Иванов");
        assertThat(members.findByTicketNumber(quoted).orElseThrow().getEducationalOrganisation())
                .isEqualTo("МБДОУ «Детский сад № 42» корпус 2");
    }

    @Test
    void changesNothingWhenTheSameFileComesAgain() throws IOException {
        String first = RegistryFile.newTicket();
        String second = RegistryFile.newTicket();
        RegistryFile file = RegistryFile.withHeader()
                .member("Воробьёва", "Анна", "Сергеевна", "14.03.1985", first, "состоит")
                .member("Ким", "Алина", "", "21.07.1993", second, "");
        registryImport.importFrom(file.stream());
        Timestamp updatedBefore = updatedAt(first);

        ImportReport again = registryImport.importFrom(file.stream());
        // the same data written differently is the same data
        ImportReport respelled = registryImport.importFrom(RegistryFile.withHeader()
                .line(" Воробьёва ;Анна;Сергеевна ;1985-03-14;" + spaced(first) + ";МБОУ  СОШ № 15 г. Васильевска;"
                        + RegistryFile.PRIMARY + ";ACTIVE")
                .stream());

        assertThat(again).isEqualTo(new ImportReport(2, 0, 0, 2, List.of(), false));
        assertThat(respelled).isEqualTo(new ImportReport(1, 0, 0, 1, List.of(), false));
        assertThat(updatedAt(first)).isEqualTo(updatedBefore);
    }

    @Test
    void updatesAChangedLineButKeepsTheLinkedAccount() throws IOException {
        String ticket = RegistryFile.newTicket();
        String other = RegistryFile.newTicket();
        registryImport.importFrom(RegistryFile.withHeader()
                .member("Смирнова", "Елена", "Викторовна", "27.06.1990", ticket, "")
                .member("Ким", "Алина", "", "21.07.1993", other, "")
                .stream());
        UUID account = accounts.register(Members.newEmail()).getId();
        RegistryMember before = members.findByTicketNumber(ticket).orElseThrow();
        membershipCheck.link(account, before.getId());

        ImportReport report = registryImport.importFrom(RegistryFile.withHeader()
                .member("Смирнова", "Елена", "Викторовна", "27.06.1990", ticket, "выбыл")
                .member("Ким", "Алина", "", "21.07.1993", other, "")
                .stream());

        assertThat(report).isEqualTo(new ImportReport(2, 0, 1, 1, List.of(), false));
        RegistryMember after = members.findByTicketNumber(ticket).orElseThrow();
        assertThat(after.getId()).isEqualTo(before.getId());
        assertThat(after.getStatus()).isEqualTo(MembershipStatus.LEFT);
        assertThat(after.getAccountId()).isEqualTo(account);
        assertThat(after.getCreatedAt()).isEqualTo(before.getCreatedAt());
        assertThat(after.getUpdatedAt()).isAfter(before.getUpdatedAt());
    }

    @Test
    void acceptsTheEnglishHeaderInAnyOrderAndAByteOrderMark() throws IOException {
        String ticket = RegistryFile.newTicket();
        RegistryFile file = RegistryFile.withHeader(
                        "\uFEFFticket_number;Last_Name;first_name;middle_name;birth_date;status;educational_organisation;"
                                + "primary_organisation")
                .line(ticket + ";Орлова;Виктория;Денисовна;14.04.2004;left;Школа;ППО школы");

        ImportReport report = registryImport.importFrom(file.stream());

        assertThat(report.created()).isEqualTo(1);
        assertThat(members.findByTicketNumber(ticket).orElseThrow())
                .extracting(RegistryMember::getLastName, RegistryMember::getStatus, RegistryMember::getPrimaryOrganisation)
                .containsExactly("Орлова", MembershipStatus.LEFT, "ППО школы");
    }

    @Test
    void stopsAtAnUnknownHeader() throws IOException {
        ImportReport report = registryImport.importFrom(RegistryFile.withHeader(
                        "фамилия;имя;отчество;дата рождения;номер;образовательная_организация;первичная_организация;статус")
                .member("Иванов", "Пётр", "", "02.11.1978", RegistryFile.newTicket(), "")
                .stream());

        assertThat(report.stopped()).isTrue();
        assertThat(report.created()).isZero();
        assertThat(report.errors()).containsExactly(new LineError(1, "в заголовке неизвестный столбец «номер»; "
                + "ожидается заголовок " + RegistryFile.HEADER));
        assertThat(report.summary()).isEqualTo("Импорт остановлен на строке 1. "
                + "Прочитано строк: 0; добавлено: 0, обновлено: 0, без изменений: 0, с ошибками: 0.");
    }

    @Test
    void stopsAtAnEmptyFileOrOneSeparatedByCommas() throws IOException {
        ImportReport empty = registryImport.importFrom(new ByteArrayInputStream(new byte[0]));
        ImportReport commas = registryImport.importFrom(RegistryFile.withHeader(RegistryFile.HEADER.replace(';', ','))
                .stream());

        assertThat(empty.stopped()).isTrue();
        assertThat(empty.errors()).extracting(LineError::reason)
                .containsExactly("файл пуст: нет строки заголовка " + RegistryFile.HEADER);
        assertThat(commas.errors()).extracting(LineError::reason)
                .containsExactly("столбцы должны разделяться точкой с запятой (;); ожидается заголовок " + RegistryFile.HEADER);
    }

    @Test
    void stopsAtTheFirstLineNotInUtf8AfterLoadingTheLinesBefore() throws IOException {
        String before = RegistryFile.newTicket();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(RegistryFile.withHeader()
                .member("Иванов", "Пётр", "", "02.11.1978", before, "")
                .text().getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(("Петров;Иван;;02.11.1978;" + RegistryFile.newTicket() + ";Школа;ППО;\n")
                .getBytes(Charset.forName("windows-1251")));

        ImportReport report = registryImport.importFrom(new ByteArrayInputStream(bytes.toByteArray()));

        assertThat(report).extracting(ImportReport::linesRead, ImportReport::created, ImportReport::stopped)
                .containsExactly(1, 1, true);
        assertThat(report.errors())
                .containsExactly(new LineError(3, "файл не в кодировке UTF-8; сохраните его как «CSV UTF-8»"));
        assertThat(members.findByTicketNumber(before)).isPresent();
    }

    @Test
    void stopsAtBrokenQuotesAndSaysHowToQuote() throws IOException {
        ImportReport report = registryImport.importFrom(RegistryFile.withHeader()
                .member("Иванов", "Пётр", "", "02.11.1978", RegistryFile.newTicket(), "")
                .line("Петров;Иван;;02.11.1978;" + RegistryFile.newTicket() + ";\"Школа\" № 5;ППО;")
                .stream());

        assertThat(report.stopped()).isTrue();
        assertThat(report.created()).isEqualTo(1);
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(3);
            assertThat(error.reason()).startsWith("непарные кавычки");
        });
    }

    @Test
    void loadedTheDemoMembersAtStartUpAndTheirFileIsClean() throws IOException {
        try (InputStream demo = new ClassPathResource(RegistryDemoData.FILE).getInputStream()) {
            ImportReport again = registryImport.importFrom(demo);

            assertThat(again.errors()).isEmpty();
            assertThat(again.linesRead()).isEqualTo(20);
            assertThat(again.created()).as("created at start-up already").isZero();
        }
        RegistryMember vorobyova = members.findByTicketNumber("7740158813998693").orElseThrow();
        assertThat(vorobyova.getLastName()).isEqualTo("Воробьёва");
        assertThat(TicketNumber.hasValidCheckDigit(vorobyova.getTicketNumber())).isTrue();
    }

    private Timestamp updatedAt(String ticket) {
        return jdbc.sql("SELECT updated_at FROM app.registry_member WHERE ticket_number = :ticket")
                .param("ticket", ticket)
                .query(Timestamp.class)
                .single();
    }

    /** As members and spreadsheets write it: 4539 1488 0343 6467. */
    private static String spaced(String ticket) {
        return new TicketNumber(ticket).formatted();
    }
}
