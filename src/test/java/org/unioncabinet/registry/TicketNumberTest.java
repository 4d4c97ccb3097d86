package org.unioncabinet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketNumberTest {

    @Test
    void removesSpacesDashesAndNonBreakingSpacesMembersTypeBetweenGroups() {
        assertThat(TicketNumber.normalize(" 4539 1488 0343 6467 ")).isEqualTo("4539148803436467");
        assertThat(TicketNumber.normalize("4539-1488-0343-6467")).isEqualTo("4539148803436467");
        assertThat(TicketNumber.normalize("4539\u00A01488\u202F0343\u20136467")).isEqualTo("4539148803436467");
        assertThat(TicketNumber.normalize(null)).isEmpty();
    }

    @Test
    void isWellFormedWhenSixteenDigitsRemainWhateverTheCheckDigit() {
        assertThat(TicketNumber.isWellFormed("4539 1488 0343 6467")).isTrue();
        // imported numbers are opaque: a failing Luhn check does not make them malformed
        assertThat(TicketNumber.isWellFormed("4539148803436468")).isTrue();
        assertThat(TicketNumber.isWellFormed("0000000000000000")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "453914880343646", "45391488034364670", "4539 1488 0343 646O", "4539.1488.0343.6467",
        "４５３９１４８８０３４３６４６７"})
    void isNotWellFormedOtherwise(String raw) {
        assertThat(TicketNumber.isWellFormed(raw)).isFalse();
        assertThat(TicketNumber.parse(raw)).isEmpty();
        assertThatThrownBy(() -> new TicketNumber(raw)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4539 1488 0343 6467", "4111111111111111", "5555555555554444", "4012888888881881",
        "0000000000000000"})
    void acceptsKnownLuhnValidNumbers(String number) {
        assertThat(TicketNumber.hasValidCheckDigit(number)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"4539148803436468", "4111111111111112", "5555555555554440", "453914880343646", ""})
    void rejectsWrongCheckDigitsAndMalformedNumbers(String number) {
        assertThat(TicketNumber.hasValidCheckDigit(number)).isFalse();
    }

    @Test
    void appendsTheCheckDigitOfKnownNumbers() {
        assertThat(TicketNumber.withCheckDigit("453914880343646")).isEqualTo("4539148803436467");
        assertThat(TicketNumber.withCheckDigit("411111111111111")).isEqualTo("4111111111111111");
        assertThat(TicketNumber.withCheckDigit("555555555555444")).isEqualTo("5555555555554444");
        assertThatThrownBy(() -> TicketNumber.withCheckDigit("45391488034364"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyIssuedNumberPassesAndAnySingleMistypedDigitFails() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int round = 0; round < 200; round++) {
            String body = String.format("%015d", random.nextLong(1_000_000_000_000_000L));
            String issued = TicketNumber.withCheckDigit(body);

            assertThat(TicketNumber.hasValidCheckDigit(issued)).as(issued).isTrue();
            int position = random.nextInt(16);
            char original = issued.charAt(position);
            char typo = (char) ('0' + (original - '0' + 1 + random.nextInt(9)) % 10);
            String mistyped = issued.substring(0, position) + typo + issued.substring(position + 1);
            assertThat(TicketNumber.hasValidCheckDigit(mistyped)).as(mistyped).isFalse();
        }
    }

    @Test
    void printsInGroupsOfFour() {
        assertThat(new TicketNumber("4539148803436467").formatted()).isEqualTo("4539 1488 0343 6467");
        assertThat(new TicketNumber("4539-1488-0343-6467").value()).isEqualTo("4539148803436467");
    }
}
