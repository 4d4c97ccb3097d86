package org.unioncabinet.emailchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The new address as the notice to the old one shows it: recognisable to its owner, not readable to a stranger. */
class EmailMaskTest {

    @Test
    void keepsTheFirstAndLastLetterOfTheMailboxAndTheDomain() {
        assertThat(EmailChange.mask("ivanova@mail.ru")).isEqualTo("i*****a@mail.ru");
        assertThat(EmailChange.mask("teacher@школа.рф")).isEqualTo("t*****r@школа.рф");
    }

    @Test
    void aShortMailboxShowsOnlyItsFirstLetter() {
        assertThat(EmailChange.mask("ab@mail.ru")).isEqualTo("a*@mail.ru");
        assertThat(EmailChange.mask("a@mail.ru")).isEqualTo("a*@mail.ru");
        assertThat(EmailChange.mask("abc@mail.ru")).isEqualTo("a*c@mail.ru");
    }
}
