package org.unioncabinet.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.support.CabinetTest;

/**
 * The search as a member types, over the demo directory (2,000 organisations, or whatever the shared
 * context loaded) and the instruction's example school «МБОУ СОШ № 15 г. Васильевска».
 */
@CabinetTest
@Import(DemoDirectoryFixture.class)
class OrganisationSearchTest {

    @Autowired
    OrganisationSearch search;
    @Autowired
    DemoDirectoryFixture directory;
    @Autowired
    JdbcClient jdbc;

    long example;

    @BeforeEach
    void directory() {
        directory.ensure();
        example = directory.idOfShortName(DemoDirectory.EXAMPLE_SHORT_NAME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"сош 15 васильевск", "МБОУ СОШ № 15 г. Васильевска", "Васильевск 15 сош", "мбоу сош №15 г.васильевска",
        "N 15 СОШ Васильевска", "сош 15 васил", "школа 15 васильевск", "средней школы 15 васильевска",
        "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 15» г. Васильевска"})
    void findsTheExampleSchoolFirstHoweverItIsTyped(String query) {
        assertThat(search.search(query, 10)).first().extracting(OrganisationHit::id).isEqualTo(example);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Василевск 15 сош", "сош 15 васильевкс", "сош 15 василевска"})
    void findsItDespiteAMisspeltWordInAnyOrder(String query) {
        assertThat(search.search(query, 10)).first().extracting(OrganisationHit::id).isEqualTo(example);
    }

    @Test
    void aBareSchoolNumberFindsSchoolsWithExactlyThatNumberFirst() {
        List<OrganisationHit> hits = search.search("школа 15", 20);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).fullName()).containsIgnoringCase("школа").containsPattern("№ 15(\\D|$)");
        exactNumberBeforeLongerOnes(hits);
    }

    @Test
    void quotesAndANumberSignWithoutASpaceFindSchoolsNumberedSo() {
        List<OrganisationHit> hits = search.search("\"СОШ №15\"", 20);

        assertThat(hits).isNotEmpty();
        assertThat(hits.get(0).shortName()).containsPattern("СОШ № 15(\\D|$)");
        assertThat(hits).extracting(OrganisationHit::id).contains(example);
        exactNumberBeforeLongerOnes(hits);
    }

    @Test
    void aNumberStillBeingTypedAlsoFindsLongerNumbersAfterTheExactOne() {
        List<OrganisationHit> hits = search.search("сош 15 зеленый дол", 20);

        assertThat(hits).extracting(OrganisationHit::id).contains(directory.idOfInn(DemoDirectoryFixture.NUMBER_150_INN));
    }

    /** Every school numbered 15 comes before any numbered 150, 151…, which merely begin with «15». */
    private static void exactNumberBeforeLongerOnes(List<OrganisationHit> hits) {
        int lastExact = -1;
        int firstLonger = Integer.MAX_VALUE;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).shortName().matches(".*№ 15(\\D.*|$)")) {
                lastExact = i;
            } else if (hits.get(i).shortName().matches(".*№ 15\\d.*")) {
                firstLonger = Math.min(firstLonger, i);
            }
        }
        assertThat(lastExact).as("last exact № 15 before first № 15x in %s", hits).isLessThan(firstLonger);
    }

    @Test
    void theBeginningOfAnInnListsThoseInnInOrder() {
        String first = jdbc.sql("SELECT min(inn) FROM app.educational_organisation WHERE inn LIKE '7701%'").query(String.class).single();

        List<OrganisationHit> hits = search.search("7701", 20);

        assertThat(hits).isNotEmpty().allSatisfy(hit -> assertThat(hit.inn()).startsWith("7701"));
        assertThat(hits.get(0).inn()).isEqualTo(first);
        assertThat(hits.get(0).region()).isEqualTo("Москва");
    }

    @Test
    void aWholeInnFindsItsOrganisation() {
        String inn = jdbc.sql("SELECT inn FROM app.educational_organisation WHERE id = :id").param("id", example).query(String.class).single();

        assertThat(search.search(inn, 20)).first().satisfies(hit -> {
            assertThat(hit.id()).isEqualTo(example);
            assertThat(hit.municipality()).isEqualTo("г. Васильевск");
            assertThat(hit.region()).isEqualTo("Московская область");
            assertThat(hit.primaryOrganisation()).isEqualTo("Первичная профсоюзная организация МБОУ СОШ № 15 г. Васильевска");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"березка зеленый дол", "Берёзка Зелёный Дол", "детский сад 5 зеленыи дол", "ЗЕЛЕНЫЙ ДОЛ БЕРЕЗКА"})
    void yoAndYeAreTheSameLetter(String query) {
        assertThat(search.search(query, 10)).first().extracting(OrganisationHit::id).isEqualTo(directory.idOfInn(DemoDirectoryFixture.BEREZKA_INN));
    }

    @Test
    void fullWordsFindANameThatOnlyHasTheAbbreviation() {
        assertThat(search.search("средняя общеобразовательная школа 7 зеленый дол", 10)).first()
                .extracting(OrganisationHit::id).isEqualTo(directory.idOfInn(DemoDirectoryFixture.ABBREVIATED_INN));
    }

    @Test
    void fewerThanTwoCharactersFindNothingAndAtMostTwentyAreReturned() {
        assertThat(search.search("с", 20)).isEmpty();
        assertThat(search.search("«", 20)).isEmpty();
        assertThat(search.search("школа", 100)).hasSize(OrganisationSearch.MAX_LIMIT);
        assertThat(search.search("школа", 3)).hasSize(3);
    }

    @Test
    void broadBeginningsStillFindMatchingOrganisations() {
        assertThat(search.search("де", 20)).hasSize(20)
                .allSatisfy(hit -> assertThat(SearchText.of(hit.shortName(), hit.fullName(), hit.municipality())).containsPattern("(^| )де"));
        assertThat(search.search("детский сад", 20)).hasSize(20)
                .allSatisfy(hit -> assertThat(hit.fullName().toLowerCase()).contains("детский сад"));
    }

    @Test
    void somethingThatIsNowhereFindsNothing() {
        assertThat(search.search("планетарий юпитер", 20)).isEmpty();
        assertThat(search.search("0000000000", 20)).isEmpty();
    }

    @Test
    void findsAnOrganisationById() {
        assertThat(search.byId(example)).get().extracting(OrganisationHit::shortName).isEqualTo(DemoDirectory.EXAMPLE_SHORT_NAME);
        assertThat(search.byId(-1)).isEmpty();
    }
}
