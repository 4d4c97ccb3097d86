package org.unioncabinet.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** E-mail addresses as typed, compared and mailed; the refusals' messages are proven at the form (RegistrationWebTest). */
class EmailAddressTest {

    @Test
    void anInternationalisedDomainIsOneAccountWhicheverFormIsTypedAndIsMailedInAscii() {
        assertThat(new EmailAddress(" Teacher@Школа.РФ ").value()).isEqualTo("teacher@школа.рф");
        assertThat(new EmailAddress("teacher@xn--80atdl2c.xn--p1ai").value()).isEqualTo("teacher@школа.рф");
        assertThat(EmailAddress.forSending("teacher@школа.рф")).isEqualTo("teacher@xn--80atdl2c.xn--p1ai");
        assertThat(EmailAddress.forSending("ivanova@mail.ru")).isEqualTo("ivanova@mail.ru");
        assertThat(EmailAddress.isWellFormed("teacher@школа.рф")).isTrue();
    }

    @Test
    void refusesWhatLooksLikeAnotherAddress() {
        assertThat(EmailAddress.violation("учитель@школа.рф")).contains(EmailAddress.NON_ASCII_MAILBOX);
        assertThat(EmailAddress.violation("moc.liam\u202E@ivanova")).contains(EmailAddress.INVISIBLE);
        assertThat(EmailAddress.violation("ivanova@mail.ru\u2066")).contains(EmailAddress.INVISIBLE);
        assertThat(EmailAddress.violation("ivanova@ｍａｉｌ.ru")).contains(EmailAddress.UNUSUAL_LETTERS);
        assertThat(EmailAddress.violation("ivanova@mail_ru.ru")).contains(EmailAddress.EXAMPLE);
        assertThat(EmailAddress.violation("ivanova@mail.ru")).isEmpty();
    }
}
