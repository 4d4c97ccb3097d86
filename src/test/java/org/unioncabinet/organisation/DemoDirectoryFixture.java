package org.unioncabinet.organisation;

import java.io.StringReader;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The directory the search tests run against: a demo directory (the one the shared context's start-up
 * loaded, or 2,000 organisations loaded here when it has none, so no test changes the context's
 * configuration) plus a few organisations of our own that no demo directory has (ИНН region code 98
 * does not exist).
 */
@TestComponent
class DemoDirectoryFixture {

    static final int SIZE = 2_000;

    static final String BEREZKA_INN = Inn.withCheckDigit("980000001");
    static final String ABBREVIATED_INN = Inn.withCheckDigit("980000002");
    static final String NUMBER_150_INN = Inn.withCheckDigit("980000003");

    private static final String OWN = OrganisationImportTest.HEADER
            + "Республика Карелия;Территориальная организация Профсоюза пос. Зелёный Дол;"
            + "Первичная профсоюзная организация МБДОУ детский сад № 5 «Берёзка» пос. Зелёный Дол;"
            + "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 5 «Берёзка»» пос. Зелёный Дол;"
            + "МБДОУ детский сад № 5 «Берёзка» пос. Зелёный Дол;" + BEREZKA_INN + ";пос. Зелёный Дол\n"
            // a register that abbreviates even the full name
            + "Республика Карелия;Территориальная организация Профсоюза пос. Зелёный Дол;;"
            + "МБОУ «СОШ № 7» пос. Зелёный Дол;МБОУ СОШ № 7 пос. Зелёный Дол;" + ABBREVIATED_INN + ";пос. Зелёный Дол\n"
            // begins like «15»: must come after every school numbered exactly 15
            + "Республика Карелия;Территориальная организация Профсоюза пос. Зелёный Дол;;"
            + "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 150» пос. Зелёный Дол;"
            + "МБОУ СОШ № 150 пос. Зелёный Дол;" + NUMBER_150_INN + ";пос. Зелёный Дол\n";

    private final DemoDirectoryLoader loader;
    private final OrganisationImport importer;
    private final JdbcClient jdbc;

    DemoDirectoryFixture(DemoDirectoryLoader loader, OrganisationImport importer, JdbcClient jdbc) {
        this.loader = loader;
        this.importer = importer;
        this.jdbc = jdbc;
    }

    void ensure() {
        boolean hasTheExample = jdbc.sql("SELECT EXISTS (SELECT 1 FROM app.educational_organisation WHERE short_name = :name)")
                .param("name", DemoDirectory.EXAMPLE_SHORT_NAME).query(Boolean.class).single();
        if (!hasTheExample) {
            loader.load(SIZE);
        }
        importer.importCsv(new StringReader(OWN));
    }

    long idOfShortName(String shortName) {
        return jdbc.sql("SELECT id FROM app.educational_organisation WHERE short_name = :name")
                .param("name", shortName).query(Long.class).single();
    }

    long idOfInn(String inn) {
        return jdbc.sql("SELECT id FROM app.educational_organisation WHERE inn = :inn").param("inn", inn).query(Long.class).single();
    }
}
