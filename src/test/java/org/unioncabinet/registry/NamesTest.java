package org.unioncabinet.registry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void cleansSpacesForStorageButKeepsTheSpelling() {
        assertThat(Names.clean("  Воробьёва\u00A0 ")).isEqualTo("Воробьёва");
        assertThat(Names.clean("МБОУ  СОШ   № 15")).isEqualTo("МБОУ СОШ № 15");
        assertThat(Names.clean("   ")).isNull();
        assertThat(Names.clean(null)).isNull();
    }

    @Test
    void comparesIgnoringCaseYoSpacesAndSpacesAroundHyphens() {
        assertThat(Names.same("Воробьёва", "ВОРОБЬЕВА")).isTrue();
        assertThat(Names.same("Петрова-Водкина", " петрова  -  водкина ")).isTrue();
        assertThat(Names.same("Петрова-Водкина", "Петрова – Водкина")).isTrue();
        assertThat(Names.same("Анна Мария", "анна   мария")).isTrue();
        assertThat(Names.same(null, "  ")).isTrue();
    }

    @Test
    void stillTellsDifferentNamesApart() {
        assertThat(Names.same("Иванова", "Иванов")).isFalse();
        assertThat(Names.same("Анна Мария", "Аннамария")).isFalse();
        assertThat(Names.same("Сергеевна", null)).isFalse();
    }
}
