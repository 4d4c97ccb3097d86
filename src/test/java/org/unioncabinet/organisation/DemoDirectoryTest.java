package org.unioncabinet.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unioncabinet.organisation.DemoDirectory.RegionPart;
import org.unioncabinet.organisation.DemoDirectory.School;

/** The generated demo directory, without a database: the 89 regions are read from the migration. */
class DemoDirectoryTest {

    static List<Region> regions;

    @BeforeAll
    static void regionsOfTheMigration() throws IOException {
        regions = new ArrayList<>();
        try (InputStream sql = DemoDirectoryTest.class.getResourceAsStream("/db/migration/V6__organisations.sql")) {
            Matcher row = Pattern.compile("\\((\\d+), '([^']+)'\\)").matcher(new String(sql.readAllBytes(), StandardCharsets.UTF_8));
            while (row.find()) {
                regions.add(new Region(Integer.parseInt(row.group(1)), row.group(2)));
            }
        }
    }

    @Test
    void theMigrationHasAllEightyNineRegions() {
        assertThat(regions).hasSize(89).extracting(Region::name).doesNotHaveDuplicates()
                .contains("Москва", "Санкт-Петербург", "Московская область", "Республика Татарстан", "Херсонская область");
    }

    @Test
    void everyInnIsValidUniqueAndStartsWithItsRegionsCode() {
        Set<String> inns = new HashSet<>();
        new DemoDirectory(regions).generate(100_000, part -> part.schools().forEach(school -> {
            assertThat(Inn.isValid(school.inn())).as(school.inn()).isTrue();
            assertThat(school.inn()).startsWith("%02d".formatted(part.region().id()));
            assertThat(inns.add(school.inn())).as("unique " + school.inn()).isTrue();
        }));

        assertThat(inns).hasSize(100_000);
    }

    @Test
    void holdsTheInstructionsExampleSchoolOnceWhateverTheSize() {
        for (int size : new int[] {89, 2_000, 100_000}) {
            List<School> examples = schools(size).stream()
                    .filter(school -> school.shortName().equals(DemoDirectory.EXAMPLE_SHORT_NAME)).toList();

            assertThat(examples).as("size %d", size).singleElement().satisfies(example -> {
                assertThat(example.fullName()).isEqualTo("Муниципальное бюджетное общеобразовательное учреждение "
                        + "«Средняя общеобразовательная школа № 15» г. Васильевска");
                assertThat(example.municipality()).isEqualTo("г. Васильевск");
                assertThat(example.inn()).startsWith("50");
                assertThat(example.primaryShortName()).isEqualTo("ППО МБОУ СОШ № 15 г. Васильевска");
            });
        }
    }

    @Test
    void coversEveryRegionWithRealisticKindsOfOrganisation() {
        List<RegionPart> parts = new ArrayList<>();
        new DemoDirectory(regions).generate(100_000, parts::add);

        assertThat(parts).hasSize(89).allSatisfy(part -> assertThat(part.schools()).isNotEmpty());
        List<String> shortNames = parts.stream().flatMap(part -> part.schools().stream()).map(School::shortName).toList();
        assertThat(shortNames).anyMatch(name -> name.matches("МБОУ СОШ № \\d+ г\\. .+"))
                .anyMatch(name -> name.contains(" гимназия № "))
                .anyMatch(name -> name.contains(" лицей № "))
                .anyMatch(name -> name.matches("МБДОУ детский сад № \\d+ .+"))
                .anyMatch(name -> name.matches("ГБПОУ «.+ колледж.*»"))
                .anyMatch(name -> name.startsWith("ФГБОУ ВО «"))
                .anyMatch(name -> name.contains(" с. "))
                .anyMatch(name -> name.contains(" пос. "))
                .anyMatch(name -> name.contains("ё"));
        assertThat(parts.stream().filter(part -> part.region().id() == 77).findFirst().orElseThrow().schools())
                .anyMatch(school -> school.inn().startsWith("7701"));
    }

    @Test
    void primaryOrganisationsAreOnePerSchoolAndDistinctUnderTheirTerritorialOrganisation() {
        new DemoDirectory(regions).generate(20_000, part -> {
            Set<String> primaries = new HashSet<>();
            part.schools().forEach(school -> assertThat(primaries.add(school.territorial() + "/" + school.primaryName()))
                    .as(school.primaryName()).isTrue());
            assertThat(part.localNames()).doesNotHaveDuplicates();
            assertThat(part.regionalName()).startsWith("Региональная организация Общероссийского Профсоюза образования ");
        });
    }

    @Test
    void theSameSizeGivesTheSameDirectory() {
        assertThat(schools(2_000)).isEqualTo(schools(2_000));
    }

    @Test
    void regionalOrganisationsAreNamedInTheGenitive() {
        assertThat(RegionNames.genitive("Московская область")).isEqualTo("Московской области");
        assertThat(RegionNames.genitive("Алтайский край")).isEqualTo("Алтайского края");
        assertThat(RegionNames.genitive("Республика Саха (Якутия)")).isEqualTo("Республики Саха (Якутия)");
        assertThat(RegionNames.genitive("Кабардино-Балкарская Республика")).isEqualTo("Кабардино-Балкарской Республики");
        assertThat(RegionNames.genitive("Ненецкий автономный округ")).isEqualTo("Ненецкого автономного округа");
        assertThat(RegionNames.genitive("Донецкая Народная Республика")).isEqualTo("Донецкой Народной Республики");
        assertThat(RegionNames.genitive("Москва")).isEqualTo("г. Москвы");
    }

    private static List<School> schools(int size) {
        List<School> schools = new ArrayList<>();
        new DemoDirectory(regions).generate(size, part -> schools.addAll(part.schools()));
        assertThat(schools).hasSize(size);
        return schools;
    }
}
