package org.unioncabinet.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** ИНН of legal entities: the published ИНН of well-known companies pass, every kind of typo fails. */
class InnTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "7707083893", // ПАО Сбербанк
        "7736050003", // ПАО «Газпром»
        "7728168971", // АО «Альфа-Банк»
        "7702070139", // Банк ВТБ (ПАО)
        "7710140679"  // АО «ТБанк»
    })
    void acceptsThePublishedInnOfRealCompanies(String inn) {
        assertThat(Inn.isValid(inn)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"7707083894", "7707083890", "7707038893", "1707083893"})
    void rejectsAWrongCheckDigitAndSwappedOrChangedDigits(String inn) {
        assertThat(Inn.isValid(inn)).isFalse();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"770708389", "77070838930", "770708389З", "7707 83893", "500100732010"})
    void rejectsWhatIsNotTenDigits(String inn) {
        assertThat(Inn.isValid(inn)).isFalse();
    }

    @Test
    void computesTheCheckDigitOfNineDigits() {
        assertThat(Inn.withCheckDigit("770708389")).isEqualTo("7707083893");
        assertThat(Inn.withCheckDigit("773605000")).isEqualTo("7736050003");
    }

    @Test
    void aRemainderOfTenGivesTheCheckDigitZero() {
        // 5 × 2 = 10: 10 mod 11 = 10, and 10 mod 10 = 0
        assertThat(Inn.withCheckDigit("500000000")).isEqualTo("5000000000");
        assertThat(Inn.isValid("5000000000")).isTrue();
    }

    @Test
    void refusesToCompleteWhatIsNotNineDigits() {
        assertThatThrownBy(() -> Inn.withCheckDigit("77070838")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Inn.withCheckDigit("77070838А")).isInstanceOf(IllegalArgumentException.class);
    }
}
