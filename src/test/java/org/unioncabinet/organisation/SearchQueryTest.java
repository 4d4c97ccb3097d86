package org.unioncabinet.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void splitsWhatTheMemberTypedIntoNormalisedWords() {
        SearchQuery query = SearchQuery.parse("«СОШ №15» Васильёвск");

        assertThat(query.words()).containsExactly("сош", "15", "васильевск");
        assertThat(query.digits()).isNull();
    }

    @Test
    void underTwoLettersOrDigitsIsNothingToSearch() {
        assertThat(SearchQuery.parse("ш").searchable()).isFalse();
        assertThat(SearchQuery.parse(" № « ").searchable()).isFalse();
        assertThat(SearchQuery.parse(null).searchable()).isFalse();
        assertThat(SearchQuery.parse("шк").searchable()).isTrue();
    }

    @Test
    void fourDigitsOrMoreAreAnInnBeingTyped() {
        assertThat(SearchQuery.parse("7701").innFirst()).isTrue();
        assertThat(SearchQuery.parse("77 01 08").digits()).isEqualTo("770108");
        assertThat(SearchQuery.parse("15").innFirst()).isFalse();
        assertThat(SearchQuery.parse("15").digits()).isEqualTo("15");
        assertThat(SearchQuery.parse("77010833931").digits()).as("longer than an ИНН").isNull();
    }

    @Test
    void aPastedEssayIsCutDown() {
        SearchQuery query = SearchQuery.parse("слово ".repeat(100) + "я".repeat(500));

        assertThat(query.words()).hasSize(16);
        assertThat(query.words()).allSatisfy(word -> assertThat(word.length()).isLessThanOrEqualTo(40));
    }
}
