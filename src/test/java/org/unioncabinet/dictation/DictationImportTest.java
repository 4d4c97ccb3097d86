package org.unioncabinet.dictation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.csv.LineError;
import org.unioncabinet.support.CabinetTest;

/** Importing an edition's file: the whole edition or nothing, line-numbered Russian errors, idempotent. */
@CabinetTest
class DictationImportTest {

    @Autowired
    DictationImport importer;
    @Autowired
    Editions editions;
    @Autowired
    JdbcClient jdbc;

    static String file(String code, String questions) {
        return "код;" + code + "\n"
                + "название;Региональный выпуск\n"
                + "открытие;01.03.2027 10:00\n"
                + "закрытие;01.03.2027 22:00\n"
                + "время, минут;60\n"
                + "\n"
                + "вопрос;тема;баллы;вариант 1;вариант 2;вариант 3;вариант 4;вариант 5;вариант 6;верные\n"
                + questions;
    }

    static final String QUESTIONS = "Сколько будет 2 + 2?;Счёт;1;3;4;5;;;;2\n"
            + "\"Какие числа чётные; выберите все\";Счёт;2;1;2;3;4;;;2,4\n";

    static String code() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsAnEditionWithItsQuestionsOptionsAndCorrectAnswers() {
        String code = code();
        DictationImport.Report report = importer.importFile(new StringReader(file(code, QUESTIONS)));

        assertThat(report.outcome()).isEqualTo(DictationImport.Report.Outcome.CREATED);
        Editions.Edition edition = editions.byCode(code).orElseThrow();
        assertThat(edition.title()).isEqualTo("Региональный выпуск");
        assertThat(edition.opensAt()).isEqualTo("2027-03-01T07:00:00Z");
        assertThat(edition.timeLimitMinutes()).isEqualTo(60);
        assertThat(edition.maxScore()).isEqualTo(3);
        List<Editions.Question> questions = editions.questions(edition.id());
        assertThat(questions).extracting(Editions.Question::text)
                .containsExactly("Сколько будет 2 + 2?", "Какие числа чётные; выберите все");
        assertThat(questions).extracting(Editions.Question::multiple).containsExactly(false, true);
        assertThat(questions.get(1).options()).extracting(Editions.Option::text).containsExactly("1", "2", "3", "4");
        assertThat(correct(edition.id())).containsExactly("4", "2", "4");
    }

    @Test
    void theSameFileTwiceChangesNothing() {
        String code = code();
        importer.importFile(new StringReader(file(code, QUESTIONS)));
        List<Long> optionIds = optionIds(code);

        DictationImport.Report again = importer.importFile(new StringReader(file(code, QUESTIONS).replace("\n", "\r\n")));

        assertThat(again.outcome()).isEqualTo(DictationImport.Report.Outcome.UNCHANGED);
        assertThat(again.toText()).contains("не изменился");
        assertThat(optionIds(code)).isEqualTo(optionIds);
    }

    @Test
    void aChangedFileReplacesTheQuestionsOfAnEditionNobodyStarted() {
        String code = code();
        importer.importFile(new StringReader(file(code, QUESTIONS)));

        DictationImport.Report changed = importer.importFile(new StringReader(file(code,
                "Сколько будет 3 + 3?;Счёт;5;6;7;;;;;1\n")));

        assertThat(changed.outcome()).isEqualTo(DictationImport.Report.Outcome.UPDATED);
        Editions.Edition edition = editions.byCode(code).orElseThrow();
        assertThat(editions.questions(edition.id())).extracting(Editions.Question::text)
                .containsExactly("Сколько будет 3 + 3?");
        assertThat(edition.maxScore()).isEqualTo(5);
    }

    @Test
    void aChangedFileIsRefusedForAnEditionWithAttempts() {
        String code = code();
        importer.importFile(new StringReader(file(code, QUESTIONS)));
        long edition = editions.byCode(code).orElseThrow().id();
        jdbc.sql("""
                INSERT INTO app.dictation_attempt (id, edition_id, person_key, started_at, deadline)
                VALUES (:id, :edition, :person, now(), now() + interval '1 hour')
                """).param("id", UUID.randomUUID()).param("edition", edition).param("person", UUID.randomUUID()).update();

        DictationImport.Report refused = importer.importFile(new StringReader(file(code,
                "Сколько будет 3 + 3?;Счёт;5;6;7;;;;;1\n")));

        assertThat(refused.outcome()).isEqualTo(DictationImport.Report.Outcome.REFUSED);
        assertThat(refused.toText()).contains("уже начали участники (1)", "новый выпуск с другим кодом");
        assertThat(editions.questions(edition)).hasSize(2);
        assertThat(importer.importFile(new StringReader(file(code, QUESTIONS))).outcome())
                .as("the same file is still fine").isEqualTo(DictationImport.Report.Outcome.UNCHANGED);
    }

    @Test
    void everyProblemIsReportedByItsLineAndNothingIsImported() {
        String code = code();
        DictationImport.Report report = importer.importFile(new StringReader(file(code,
                "Сколько будет 2 + 2?;Счёт;1;3;4;5;;;;2\n"            // line 8: fine
                        + ";Счёт;1;3;4;;;;;1\n"                         // 9: no text
                        + "Вопрос;Счёт;0;3;4;;;;;1\n"                   // 10: points
                        + "Вопрос;Счёт;1;3;;;;;;1\n"                    // 11: one option
                        + "Вопрос;Счёт;1;3;4;;;;;3\n"                   // 12: no option 3
                        + "Вопрос;Счёт;1;3;4;;;;;\n"                    // 13: no correct option
                        + "Вопрос;Счёт;1;3;;5;;;;1\n"                   // 14: a gap
                        + "Вопрос;Счёт;1;3;4\n")));                     // 15: too few cells

        assertThat(report.outcome()).isEqualTo(DictationImport.Report.Outcome.REFUSED);
        assertThat(report.errors()).extracting(LineError::line).containsExactly(9L, 10L, 11L, 12L, 13L, 14L, 15L);
        assertThat(report.toText()).contains("Строка 9: нет текста вопроса", "Строка 10: баллы",
                "Строка 11: вариантов ответа 1, нужно от 2 до 6", "Строка 12: верный вариант 3",
                "Строка 13: не указан ни один верный вариант", "Строка 14: «вариант 3» заполнен после пустого",
                "Строка 15: ячеек 5, а в заголовке 10");
        assertThat(editions.byCode(code)).isEmpty();
    }

    @Test
    void anEditionNamesItsAwardDecisionWhichMustBeDeployedWithTheAttemptsProcess() {
        String named = code();
        String unknown = code();
        DictationImport.Report created = importer.importFile(new StringReader(file(named, QUESTIONS)
                .replace("время, минут;60\n", "время, минут;60\nтаблица наград;dictationAward\n")));
        DictationImport.Report refused = importer.importFile(new StringReader(file(unknown, QUESTIONS)
                .replace("время, минут;60\n", "время, минут;60\nтаблица наград;regionalAward\n")));

        assertThat(created.outcome()).as(created.toText()).isEqualTo(DictationImport.Report.Outcome.CREATED);
        assertThat(editions.byCode(named).orElseThrow().awardDecision()).isEqualTo("dictationAward");
        assertThat(refused.toText()).contains("Строка 6: таблицы наград «regionalAward» нет среди решений",
                "dictationAward");
        assertThat(editions.byCode(unknown)).isEmpty();
    }

    @Test
    void wrongEditionParametersAreReportedByLine() {
        DictationImport.Report report = importer.importFile(new StringReader(file("Плохой код", QUESTIONS)
                .replace("01.03.2027 22:00", "2027-03-01").replace("время, минут;60", "время, минут;час")));

        assertThat(report.toText()).contains("Строка 1: код выпуска «Плохой код»", "Строка 4: время «2027-03-01»",
                "Строка 5: время на участие");
    }

    @Test
    void aJsonFileIsTheSameEditionAsItsCsvFile() {
        String code = code();
        importer.importFile(new StringReader(file(code, QUESTIONS)));

        DictationImport.Report json = importer.importFile(new StringReader("\uFEFF  {\n"
                + "  \"код\": \"" + code + "\",\n"
                + "  \"название\": \"Региональный выпуск\",\n"
                + "  \"открытие\": \"01.03.2027 10:00\",\n"
                + "  \"закрытие\": \"01.03.2027 22:00\",\n"
                + "  \"время, минут\": 60,\n"
                + "  \"вопросы\": [\n"
                + "    {\"вопрос\": \"Сколько будет 2 + 2?\", \"тема\": \"Счёт\", \"баллы\": 1,\n"
                + "     \"варианты\": [\"3\", \"4\", \"5\"], \"верные\": [2]},\n"
                + "    {\"вопрос\": \"Какие числа чётные; выберите все\", \"тема\": \"Счёт\", \"баллы\": 2,\n"
                + "     \"варианты\": [\"1\", \"2\", \"3\", \"4\"], \"верные\": [2, 4]}\n"
                + "  ]\n"
                + "}\n"));

        assertThat(json.outcome()).as(json.toText()).isEqualTo(DictationImport.Report.Outcome.UNCHANGED);
    }

    @Test
    void aJsonFileHasItsProblemsReportedByLine() {
        DictationImport.Report report = importer.importFile(new StringReader("{\n"
                + "  \"код\": \"" + code() + "\",\n"
                + "  \"название\": \"Выпуск\",\n"
                + "  \"открытие\": \"01.03.2027 10:00\",\n"
                + "  \"закрытие\": \"01.03.2027 22:00\",\n"
                + "  \"время, минут\": 60,\n"
                + "  \"вопросы\": [\n"
                + "    {\"вопрос\": \"Хороший?\", \"тема\": \"Т\", \"баллы\": 1, \"варианты\": [\"а\", \"б\"], \"верные\": [1]},\n"
                + "    {\"вопрос\": \"Плохой?\", \"тема\": \"Т\", \"баллы\": 1, \"варианты\": [\"а\", \"б\", \"в\", \"г\", \"д\", \"е\", \"ж\"], \"верные\": [1]},\n"
                + "    {\"вопрос\": \"Без верного?\", \"тема\": \"Т\", \"баллы\": 1, \"варианты\": [\"а\", \"б\"], \"верные\": [3]}\n"
                + "  ]\n"
                + "}\n"));
        DictationImport.Report broken = importer.importFile(new StringReader("{\n  \"код\": \"x\"\n  \"название\": 1\n}"));

        assertThat(report.toText()).contains("Строка 9: вариантов ответа 7, нужно от 2 до 6",
                "Строка 10: верный вариант 3");
        assertThat(report.errors()).hasSize(2);
        assertThat(broken.toText()).contains("Строка 3: файл не читается как JSON");
    }

    @Test
    void theOperatorsCommandPrintsTheReportAndExitsWithItsStatus(@TempDir Path dir) throws Exception {
        Path good = Files.writeString(dir.resolve("edition.csv"), file(code(), QUESTIONS), StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> exits = new ArrayList<>();
        ImportDictationCommand command = new ImportDictationCommand(importer, new PrintStream(out, true,
                StandardCharsets.UTF_8), exits::add);

        command.run(new DefaultApplicationArguments("--import-dictation=" + good));
        command.run(new DefaultApplicationArguments("--import-dictation=" + good));

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("создан", "не изменился");
        assertThat(exits).containsExactly(0, 0);
    }

    @Test
    void theDemoEditionIsLoadedAtStartAndAlwaysOpen() {
        Editions.Edition demo = editions.byCode("demo").orElseThrow();

        assertThat(demo.demo()).isTrue();
        assertThat(demo.title()).contains("Демонстрационный выпуск");
        assertThat(editions.openOrNext()).extracting(Editions.Edition::code).contains("demo");
    }

    private List<String> correct(long edition) {
        return jdbc.sql("""
                SELECT o.text FROM app.dictation_option o JOIN app.dictation_question q ON q.id = o.question_id
                WHERE q.edition_id = :edition AND o.correct ORDER BY q.position, o.position
                """).param("edition", edition).query(String.class).list();
    }

    private List<Long> optionIds(String code) {
        return jdbc.sql("""
                SELECT o.id FROM app.dictation_option o JOIN app.dictation_question q ON q.id = o.question_id
                JOIN app.dictation_edition e ON e.id = q.edition_id WHERE e.code = :code ORDER BY o.id
                """).param("code", code).query(Long.class).list();
    }

}
