package org.unioncabinet.consent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.Account;
import org.unioncabinet.documents.Documents;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

/** «Отозвать согласие»: the advertising consent at one click, the personal-data one only in writing. */
@CabinetTest
class ConsentWithdrawalWebTest {

    static final Instant GIVEN_AT = Instant.parse("2026-12-01T11:03:12Z");

    @Autowired
    MockMvc mvc;
    @Autowired
    Members members;
    @Autowired
    Consents consents;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Documents documents;

    Account member;
    UUID personalData;
    UUID advertising;

    @BeforeEach
    void aMemberWithBothConsents() {
        member = members.register(Members.newEmail());
        Map<ConsentKind, UUID> given = SignedConsents.sign(documents, consents, member.getId(), true, GIVEN_AT);
        personalData = given.get(ConsentKind.PERSONAL_DATA);
        advertising = given.get(ConsentKind.ADVERTISING);
    }

    @Test
    void withdrawsTheAdvertisingConsentAndKeepsItsRecord() throws Exception {
        mvc.perform(post("/cabinet/consents/" + advertising + "/withdraw").with(csrf()).with(user(MemberPrincipal.of(member))))
                .andExpect(redirectedUrl("/cabinet"))
                .andExpect(flash().attribute("notice", "Согласие на получение информационных и рекламных сообщений отозвано."));

        ConsentView withdrawn = consents.of(member.getId(), advertising).orElseThrow();
        assertThat(withdrawn.active()).isFalse();
        assertThat(withdrawn.withdrawnAt()).isNotNull();
        assertThat(withdrawn.withdrawalMethod()).isEqualTo("Отзыв в личном кабинете члена Профсоюза");
        assertThat(withdrawn.givenAt()).isEqualTo(GIVEN_AT);
        assertThat(consents.ofAccount(member.getId())).hasSize(2);
        assertThat(jdbc.sql("SELECT count(*) FROM app.consent WHERE id = :id").param("id", advertising)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void theOneClickWithdrawalRefusesThePersonalDataConsentAndPointsToTheStatement() throws Exception {
        mvc.perform(post("/cabinet/consents/" + personalData + "/withdraw").with(csrf()).with(user(MemberPrincipal.of(member))))
                .andExpect(redirectedUrl("/cabinet"))
                .andExpect(flash().attribute("warning", ConsentView.PERSONAL_DATA_WITHDRAWAL))
                .andExpect(flash().attributeCount(1));

        assertThat(consents.of(member.getId(), personalData).orElseThrow().active()).isTrue();
        assertThat(ConsentView.PERSONAL_DATA_WITHDRAWAL).contains("заявлением").contains("«Отозвать согласие»");
    }

    @Test
    void anotherMembersConsentIsNotFoundAndStaysGiven() throws Exception {
        Account stranger = members.register(Members.newEmail());

        mvc.perform(post("/cabinet/consents/" + advertising + "/withdraw").with(csrf()).with(user(MemberPrincipal.of(stranger))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/cabinet/consents/not-a-uuid/withdraw").with(csrf()).with(user(MemberPrincipal.of(stranger))))
                .andExpect(status().isNotFound());

        assertThat(consents.of(member.getId(), advertising).orElseThrow().active()).isTrue();
    }

    @Test
    void needsTheCsrfTokenAndASignedInMember() throws Exception {
        mvc.perform(post("/cabinet/consents/" + advertising + "/withdraw").with(user(MemberPrincipal.of(member))))
                .andExpect(status().isForbidden());
        mvc.perform(post("/cabinet/consents/" + advertising + "/withdraw").with(csrf()))
                .andExpect(redirectedUrl("/login"));

        assertThat(consents.of(member.getId(), advertising).orElseThrow().active()).isTrue();
    }
}
