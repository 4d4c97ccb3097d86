package org.unioncabinet.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One normal form for names and queries, and the abbreviations a stored name implies. */
class SearchTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"МБОУ СОШ № 15 г. Васильевска", "мбоу сош №15 г.Васильевска", "МБОУ «СОШ N 15» г. Васильевска",
        "\"МБОУ 'СОШ No.15'\" г. Васильевска", "  МБОУ   СОШ-№-15  г. ВАСИЛЬЕВСКА  ", "МБОУ СОШ n15 г. Васильевска"})
    void caseQuotesNumberSignsAndPunctuationDoNotMatter(String written) {
        assertThat(SearchText.normalise(written)).isEqualTo("мбоу сош 15 г васильевска");
    }

    @Test
    void yoIsYe() {
        assertThat(SearchText.normalise("Берёзка «Зелёный Дол»")).isEqualTo("березка зеленый дол");
    }

    @Test
    void lettersAndDigitsStandApart() {
        assertThat(SearchText.normalise("школа15а")).isEqualTo("школа 15 а");
    }

    @Test
    void decomposedLettersAreComposedFirst() {
        // «й» and «ё» written as a letter plus a combining mark, as some documents carry them
        assertThat(SearchText.normalise("Васильевскии\u0306 Бер\u0435\u0308зовыи\u0306")).isEqualTo("васильевский березовый");
    }

    @Test
    void aNameThatAbbreviatesIsAlsoFoundByItsFullWords() {
        String text = SearchText.of("МБОУ «СОШ № 7» пос. Зелёный Дол", "МБОУ «СОШ № 7» пос. Зелёный Дол", "пос. Зелёный Дол");

        assertThat(text).contains("средняя общеобразовательная школа")
                .contains("муниципальное бюджетное общеобразовательное учреждение");
    }

    @Test
    void aNameThatSpellsOutIsAlsoFoundByItsAbbreviations() {
        String text = SearchText.of("Средняя общеобразовательная школа № 3",
                "Муниципальное бюджетное дошкольное образовательное учреждение «Детский сад № 3»", "с. Ильинка");

        assertThat(text.split(" ")).contains("сош", "мбдоу", "доу", "дс");
    }

    @Test
    void nothingIsAddedTwice() {
        String text = SearchText.of("МБОУ СОШ № 15 г. Васильевска",
                "Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 15» г. Васильевска",
                "г. Васильевск");

        assertThat(text).isEqualTo("мбоу сош 15 г васильевска муниципальное бюджетное общеобразовательное учреждение "
                + "средняя общеобразовательная школа 15 г васильевска г васильевск");
    }
}
