package org.unioncabinet.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.csv.LineError;
import org.unioncabinet.support.CabinetTest;

/**
 * The CSV import: good lines load, bad ones are reported by line in Russian, and importing again
 * changes nothing. Every test uses fresh ИНН (region code 99 is no region, so no demo ИНН collides).
 */
@CabinetTest
class OrganisationImportTest {

    static final String HEADER = "регион;территориальная_организация;первичная_организация;полное_наименование;"
            + "краткое_наименование;инн;муниципалитет\n";

    @Autowired
    OrganisationImport importer;
    @Autowired
    JdbcClient jdbc;

    @Test
    void loadsGoodLinesWithTheirTerritorialAndPrimaryOrganisations() {
        String inn1 = newInn();
        String inn2 = newInn();
        ImportReport report = importer.importCsv(new StringReader(HEADER
                + "Московская область;Территориальная организация Профсоюза пос. Тестовый;Первичная профсоюзная организация МБОУ СОШ № 3 пос. Тестовый;"
                + "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 3» пос. Тестовый;"
                + "МБОУ СОШ № 3 пос. Тестовый;" + inn1 + ";пос. Тестовый\n"
                + "50;Территориальная организация Профсоюза пос. Тестовый;;\"Муниципальное бюджетное дошкольное образовательное учреждение "
                + "«Детский сад № 1 «Солнышко»» пос. Тестовый\";;" + inn2 + ";пос. Тестовый\n"));

        assertThat(report).isEqualTo(new ImportReport(2, 2, 0, 0, List.of()));
        Map<String, Object> school = row(inn1);
        assertThat(school).containsEntry("short_name", "МБОУ СОШ № 3 пос. Тестовый").containsEntry("region", "Московская область")
                .containsEntry("primary_name", "Первичная профсоюзная организация МБОУ СОШ № 3 пос. Тестовый")
                .containsEntry("primary_short_name", "ППО МБОУ СОШ № 3 пос. Тестовый")
                .containsEntry("territorial_name", "Территориальная организация Профсоюза пос. Тестовый");
        // no short name: the full one is shown; no ППО: none is invented
        assertThat(row(inn2)).containsEntry("short_name", "Муниципальное бюджетное дошкольное образовательное учреждение "
                + "«Детский сад № 1 «Солнышко»» пос. Тестовый").containsEntry("primary_name", null);
    }

    @Test
    void reportsEachBadLineWithItsNumberAndReasonAndLoadsTheRest() {
        String good = newInn();
        String duplicate = newInn();
        String badCheckDigit = good.substring(0, 9) + (char) ('0' + (good.charAt(9) - '0' + 1) % 10);
        ImportReport report = importer.importCsv(new StringReader(HEADER
                + line("Московская область", "Лицей № 1 пос. Тестовый", good)                        // line 2
                + line("Московская область", "Лицей № 2 пос. Тестовый", badCheckDigit)               // line 3
                + line("Московская область", "", newInn())                                           // line 4
                + line("Московская область", "Лицей № 4 пос. Тестовый", duplicate)                   // line 5
                + line("Московская область", "Лицей № 5 пос. Тестовый", duplicate)                   // line 6
                + line("Атлантида", "Лицей № 6 пос. Тестовый", newInn())                             // line 7
                + line("Московская область", "Лицей № 7 пос. Тестовый", "123456789")                 // line 8
                + "Московская область;Лицей № 8;" + newInn() + "\n"                                  // line 9
                + line("Московская область", "Лицей № 9 пос. Тестовый", good)));                     // line 10

        assertThat(report.lines()).isEqualTo(9);
        assertThat(report.created()).isEqualTo(2);
        assertThat(report.errors()).containsExactly(
                new LineError(3, "ИНН «" + badCheckDigit + "» неверен: не сходится контрольная цифра"),
                new LineError(4, "не указано полное наименование"),
                new LineError(6, "ИНН «" + duplicate + "» уже встречается в строке 5"),
                new LineError(7, "неизвестный регион «Атлантида»"),
                new LineError(8, "ИНН «123456789» должен состоять из 10 цифр (если файл сохраняли в Excel, проверьте, "
                        + "не пропал ли ведущий ноль)"),
                new LineError(9, "неверное число полей: ожидалось 7, получено 3 (разделитель — «;»)"),
                new LineError(10, "ИНН «" + good + "» уже встречается в строке 2"));
        assertThat(row(good)).containsEntry("short_name", "Лицей № 1 пос. Тестовый");
        assertThat(row(duplicate)).containsEntry("short_name", "Лицей № 4 пос. Тестовый");
        assertThat(report.toText()).contains("Строка 3: ИНН «" + badCheckDigit + "» неверен: не сходится контрольная цифра");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        String csv = HEADER + line("Республика Татарстан", "Гимназия № 1 пос. Тестовый", newInn())
                + line("Республика Татарстан", "Гимназия № 2 пос. Тестовый", newInn());
        importer.importCsv(new StringReader(csv));
        long territorials = count("territorial_organisation");
        long primaries = count("primary_organisation");
        List<Map<String, Object>> before = versions(csv);

        ImportReport again = importer.importCsv(new StringReader(csv));

        assertThat(again).isEqualTo(new ImportReport(2, 0, 0, 2, List.of()));
        assertThat(versions(csv)).as("no row written again (same xmin)").isEqualTo(before);
        assertThat(count("territorial_organisation")).isEqualTo(territorials);
        assertThat(count("primary_organisation")).isEqualTo(primaries);
    }

    @Test
    void aChangedNameUpdatesTheOrganisationKnownByItsInn() {
        String inn = newInn();
        importer.importCsv(new StringReader(HEADER + line("Москва", "Школа № 1 пос. Тестовый", inn)));

        ImportReport report = importer.importCsv(new StringReader(HEADER + line("Москва", "Школа № 1 имени Пушкина пос. Тестовый", inn)));

        assertThat(report).isEqualTo(new ImportReport(1, 0, 1, 0, List.of()));
        assertThat(row(inn)).containsEntry("short_name", "Школа № 1 имени Пушкина пос. Тестовый");
    }

    @Test
    void aFileWithoutTheExpectedHeaderLoadsNothing() {
        ImportReport report = importer.importCsv(new StringReader("регион;наименование;инн\nМосква;Школа;" + newInn() + "\n"));

        assertThat(report.created()).isZero();
        assertThat(report.errors()).singleElement().satisfies(error -> {
            assertThat(error.line()).isEqualTo(1);
            assertThat(error.reason()).startsWith("в заголовке нет столбцов: территориальная_организация, первичная_организация, "
                    + "полное_наименование, краткое_наименование, муниципалитет");
        });
    }

    @Test
    void theOperatorsCommandPrintsTheReportAndExitsWithItsStatus(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("organisations.csv");
        // as Excel saves «CSV UTF-8»: with a byte-order mark
        Files.writeString(file, "\uFEFF" + HEADER + line("Москва", "Школа № 2 пос. Тестовый", newInn())
                + line("Москва", "", newInn()), StandardCharsets.UTF_8);

        assertThat(runCommand(file)).isEqualTo(2);
        assertThat(printed).contains("строк с данными: 2").contains("добавлено: 1").contains("Строка 3: не указано полное наименование");

        Files.writeString(file, HEADER + line("Москва", "Школа № 3 пос. Тестовый", newInn()), Charset.forName("windows-1251"));
        assertThat(runCommand(file)).isEqualTo(2);
        assertThat(printed).contains("файл не в кодировке UTF-8");

        assertThat(runCommand(folder.resolve("missing.csv"))).isEqualTo(1);
        assertThat(printed).contains("Не удалось прочитать файл");
    }

    private String printed;

    private int runCommand(Path file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> exit = new ArrayList<>();
        new ImportOrganisationsCommand(importer, new PrintStream(out, true, StandardCharsets.UTF_8), exit::add)
                .run(new DefaultApplicationArguments("--import-organisations=" + file));
        printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).hasSize(1);
        return exit.get(0);
    }

    /** A line with the given region, full name (also the short name) and ИНН, in «пос. Тестовый». */
    static String line(String region, String name, String inn) {
        return region + ";Территориальная организация Профсоюза пос. Тестовый;Первичная профсоюзная организация " + name + ";"
                + name + ";" + name + ";" + inn + ";пос. Тестовый\n";
    }

    /** A valid ИНН no demo directory has: region code 99 does not exist. */
    static String newInn() {
        return Inn.withCheckDigit("99" + "%07d".formatted(ThreadLocalRandom.current().nextInt(10_000_000)));
    }

    private Map<String, Object> row(String inn) {
        return jdbc.sql("""
                SELECT e.short_name, r.name AS region, p.name AS primary_name, p.short_name AS primary_short_name,
                       t.name AS territorial_name
                FROM app.educational_organisation e
                JOIN app.region r ON r.id = e.region_id
                LEFT JOIN app.primary_organisation p ON p.id = e.primary_organisation_id
                LEFT JOIN app.territorial_organisation t ON t.id = p.territorial_organisation_id
                WHERE e.inn = :inn
                """).param("inn", inn).query().singleRow();
    }

    private List<Map<String, Object>> versions(String csv) {
        List<String> inns = csv.lines().skip(1).map(line -> line.split(";")[5]).toList();
        return jdbc.sql("SELECT inn, xmin::text AS version, updated_at FROM app.educational_organisation WHERE inn IN (:inns) ORDER BY inn")
                .param("inns", inns).query().listOfRows();
    }

    private long count(String table) {
        return jdbc.sql("SELECT count(*) FROM app." + table).query(Long.class).single();
    }
}
