package org.unioncabinet.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import org.springframework.boot.test.context.TestComponent;
import org.unioncabinet.dictation.DictationImport;

/** Editions of «Профсоюзный диктант» imported as operators do, open for a day from a given time, 30 minutes each. */
@TestComponent
public class DictationEditions {

    private static final DateTimeFormatter MOSCOW_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    private final DictationImport importer;

    DictationEditions(DictationImport importer) {
        this.importer = importer;
    }

    /**
     * @param opens Moscow time; the edition closes a day later
     * @param questions rows under the file's header: «вопрос;тема;баллы;вариант 1…6;верные»
     * @return the new edition's code: the prefix and 8 random characters
     */
    public String imported(String codePrefix, String title, ZonedDateTime opens, String... questions) {
        String code = codePrefix + UUID.randomUUID().toString().substring(0, 8);
        DictationImport.Report report = importer.importFile(new StringReader("код;" + code + "\n"
                + "название;" + title + "\n"
                + "открытие;" + MOSCOW_TIME.format(opens) + "\n"
                + "закрытие;" + MOSCOW_TIME.format(opens.plusDays(1)) + "\n"
                + "время, минут;30\n\n"
                + "вопрос;тема;баллы;вариант 1;вариант 2;вариант 3;вариант 4;вариант 5;вариант 6;верные\n"
                + String.join("\n", questions) + "\n"));
        assertThat(report.hasErrors()).as(report.toText()).isFalse();
        return code;
    }
}
