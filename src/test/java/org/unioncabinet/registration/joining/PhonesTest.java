package org.unioncabinet.registration.joining;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Phones as the registry keeps them and as people read them. */
class PhonesTest {

    @ParameterizedTest
    @ValueSource(strings = {"+79123456789", "89123456789", "9123456789", "+7 (912) 345-67-89", "8 912 345 67 89"})
    void aRussianNumberIsKeptAsPlusSevenAndShownAsTheMaskShowsIt(String typed) {
        assertThat(Phones.normalize(typed)).isEqualTo("+79123456789");
        assertThat(Phones.display(typed)).isEqualTo("+7 (912) 345-67-89");
    }

    @Test
    void whatIsNoRussianNumberIsShownAsItIs() {
        assertThat(Phones.display("+1 212 555 12 34")).isEqualTo("+1 212 555 12 34");
        assertThat(Phones.display(null)).isNull();
    }
}
