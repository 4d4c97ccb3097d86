package org.unioncabinet.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.support.CabinetTest;

/** The demo directory in the database: once, complete, and never over a directory that has data. */
@CabinetTest
@Import(DemoDirectoryFixture.class)
class DemoDirectoryLoaderTest {

    @Autowired
    DemoDirectoryLoader loader;
    @Autowired
    DemoDirectoryFixture directory;
    @Autowired
    JdbcClient jdbc;

    @Test
    void neverLoadsOverADirectoryThatHasOrganisations() {
        directory.ensure();
        long before = jdbc.sql("SELECT count(*) FROM app.educational_organisation").query(Long.class).single();

        assertThat(loader.loadIfEmpty(500)).isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM app.educational_organisation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void storesEachSchoolWithItsPrimaryTerritorialAndRegionalOrganisation() {
        directory.ensure();

        var example = jdbc.sql("""
                SELECT e.inn, e.municipality, p.short_name AS primary_name, t.name AS territorial, regional.name AS regional,
                       r.name AS region
                FROM app.educational_organisation e
                JOIN app.region r ON r.id = e.region_id
                JOIN app.primary_organisation p ON p.id = e.primary_organisation_id
                JOIN app.territorial_organisation t ON t.id = p.territorial_organisation_id
                JOIN app.territorial_organisation regional ON regional.id = t.parent_id
                WHERE e.short_name = :name
                """).param("name", DemoDirectory.EXAMPLE_SHORT_NAME).query().singleRow();

        assertThat(example).containsEntry("municipality", "г. Васильевск").containsEntry("region", "Московская область")
                .containsEntry("primary_name", "ППО МБОУ СОШ № 15 г. Васильевска")
                .containsEntry("territorial", "Территориальная организация Общероссийского Профсоюза образования г. Васильевска")
                .containsEntry("regional", "Региональная организация Общероссийского Профсоюза образования Московской области");
        assertThat(Inn.isValid((String) example.get("inn"))).isTrue();
        assertThat(jdbc.sql("SELECT count(DISTINCT region_id) FROM app.educational_organisation").query(Long.class).single())
                .isEqualTo(89);
    }
}
