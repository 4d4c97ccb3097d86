package org.unioncabinet.registration.funnel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.account.Account;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.registration.confirmation.EmailConfirmation;
import org.unioncabinet.registration.funnel.Funnel.StepFigures;
import org.unioncabinet.registration.ticket.TicketDataForm;
import org.unioncabinet.reviewer.ReviewerGroups;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.CamundaUsers;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.MemberLogin;
import org.unioncabinet.support.Members;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Four journeys on a day of the engine's clock that no other journey in the database has: one never
 * confirms and expires, one waits at the question, two answer «Да» and wait at the ticket form. Every
 * moment is set with the engine's clock, so counts and times are exact.
 */
@CabinetTest
class RegistrationFunnelTest {

    @Autowired
    RegistrationFunnel funnel;
    @Autowired
    Members members;
    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    EmailConfirmation confirmation;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    ProcessEngine engine;
    @Autowired
    IdentityService identity;
    @Autowired
    MeterRegistry meters;

    Instant t0;
    List<String> users = new ArrayList<>();
    Map<String, String> emails = new HashMap<>();

    @BeforeEach
    void aDayWithoutOtherJourneys() {
        do {
            long minutes = ThreadLocalRandom.current().nextLong(0, 40L * 365 * 24 * 60);
            t0 = Instant.parse("1975-01-01T00:00:00Z").plus(Duration.ofMinutes(minutes));
        } while (journeysOn(day()) > 0);
        ClockUtil.setCurrentTime(Date.from(t0));
    }

    @AfterEach
    void backToRealTime() {
        ClockUtil.reset();
        users.forEach(identity::deleteUser);
    }

    @Test
    void countsReachedWaitingLeftAndTimesOfAKnownSetOfJourneys() throws Exception {
        knownJourneys();

        Funnel figures = funnel.of(new FunnelQuery(t0, t0.plus(Duration.ofHours(1)), null, null));

        assertThat(figures.journeys()).isEqualTo(4);
        // time at «confirm the e-mail»: 10, 20, 30 minutes and 7 days (the expired one)
        assertThat(step(figures, Elements.AWAIT_CONFIRMATION))
                .isEqualTo(new Figures(4, 0, 1, Duration.ofMinutes(25), Duration.ofMinutes(30 + 7035)));
        // time at the question: 5 and 25 minutes; one still there
        assertThat(step(figures, Elements.ANSWER_HAS_TICKET))
                .isEqualTo(new Figures(3, 1, 0, Duration.ofMinutes(15), Duration.ofMinutes(23)));
        assertThat(step(figures, Elements.ENTER_TICKET_DATA)).isEqualTo(new Figures(2, 2, 0, null, null));
        assertThat(step(figures, Elements.GIVE_CONSENTS)).isEqualTo(new Figures(0, 0, 0, null, null));
        assertThat(step(figures, Elements.ENTER_JOIN_APPLICATION)).isEqualTo(new Figures(0, 0, 0, null, null));
        assertThat(figures.steps()).filteredOn(row -> row.step().id().equals(Elements.REVIEW_JOIN_APPLICATION))
                .extracting(row -> row.step().variant()).containsExactly(RegistrationSteps.Variant.JOINING);
        assertThat(figures.steps()).extracting(row -> row.step().id()).startsWith(Elements.AWAIT_CONFIRMATION,
                Elements.ANSWER_HAS_TICKET, Elements.ENTER_TICKET_DATA);

        String csv = mvc.perform(get("/admin/funnel.csv").param("from", day().toString()).param("to", day().toString())
                        .session(CamundaUsers.webappSession(engine, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).contains("\"Дождаться подтверждения email\";receiveTask_awaitConfirmation;4;0;1;"
                + "\"срок подтверждения истёк\";1500;423900\r\n");
        assertThat(csv).contains(";userTask_answerHasTicket;3;1;0;\"\";900;1380\r\n");

        String page = mvc.perform(get("/admin/funnel").param("from", day().toString()).param("to", day().toString())
                        .session(CamundaUsers.webappSession(engine, "admin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Воронка регистрации", "<svg", "25 мин", "4 д 21 ч");
    }

    /** Region and primary organisation come from the join application, so they select variant 2 journeys. */
    @Test
    void aMemberWaitingOutTheLockoutIsWaitingAtTheTicketFormNotGone() {
        Journey journey = journeys.atTicketData();
        for (int check = 0; check < 5; check++) {
            journeys.complete(journey, Map.of(TicketDataForm.LAST_NAME.getName(), "Неизвестная",
                    TicketDataForm.FIRST_NAME.getName(), "Анна", TicketDataForm.BIRTH_DATE.getName(),
                    LocalDate.ofInstant(t0, ZoneOffset.UTC).minusYears(40).toString(),
                    TicketDataForm.TICKET_NUMBER.getName(), "7740 1588 1399 8693"));
        }
        assertThat(engine.getRuntimeService().getActiveActivityIds(journey.process().getId()))
                .containsExactly(Elements.MEMBERSHIP_LOCKOUT);

        Funnel figures = funnel.of(new FunnelQuery(t0, t0.plus(Duration.ofHours(1)), null, null));

        assertThat(step(figures, Elements.ENTER_TICKET_DATA)).extracting(Figures::reached, Figures::waiting, Figures::left)
                .containsExactly(1L, 1L, 0L);
    }

    @Test
    void filtersByTheRegionAndPrimaryOrganisationOfTheJoinApplication() {
        Account joining = register();
        register();
        at(10, () -> confirm(joining));
        at(12, () -> answer(joining, "no"));
        School school = jdbc.sql("""
                SELECT id, primary_organisation_id, region_id FROM app.educational_organisation
                WHERE primary_organisation_id IS NOT NULL ORDER BY id LIMIT 1
                """).query((rs, n) -> new School(rs.getLong(1), rs.getLong(2), rs.getShort(3))).single();
        jdbc.sql("""
                INSERT INTO app.join_application (id, account_id, educational_organisation_id, primary_organisation_id,
                  document_batch_id, status, submitted_at)
                VALUES (:id, :account, :school, :primary, :batch, 'RECEIVED', now())
                """).param("id", UUID.randomUUID()).param("account", joining.getId()).param("school", school.id())
                .param("primary", school.primaryOrganisationId()).param("batch", UUID.randomUUID()).update();
        Instant to = t0.plus(Duration.ofHours(1));

        assertThat(funnel.of(new FunnelQuery(t0, to, null, null)).journeys()).isEqualTo(2);
        Funnel ofTheOrganisation = funnel.of(new FunnelQuery(t0, to, null, school.primaryOrganisationId()));
        assertThat(ofTheOrganisation.journeys()).isEqualTo(1);
        assertThat(step(ofTheOrganisation, Elements.ENTER_JOIN_APPLICATION)).isEqualTo(new Figures(1, 1, 0, null, null));
        assertThat(funnel.of(new FunnelQuery(t0, to, school.regionId(), null)).journeys()).isEqualTo(1);
        assertThat(funnel.of(new FunnelQuery(t0, to, school.regionId(), -1L)).journeys()).isZero();
    }

    record School(long id, long primaryOrganisationId, short regionId) {
    }

    @Test
    void membersReviewersAndStrangersCannotOpenThePageOrTheCsv() throws Exception {
        ClockUtil.reset();
        Journey member = journeys.atTheQuestion();
        MockHttpSession memberSession = MemberLogin.session(mvc, member.email());
        String reviewer = CamundaUsers.create(identity, ReviewerGroups.primaryGroup(999_999_998L));
        users.add(reviewer);
        for (String path : List.of("/admin/funnel", "/admin/funnel.csv?from=2026-01-01&to=2026-01-31",
                "/admin/funnel/backlog.csv")) {
            mvc.perform(get(path)).andExpect(status().isForbidden());
            mvc.perform(get(path).session(memberSession)).andExpect(status().isForbidden());
            mvc.perform(get(path).session(CamundaUsers.webappSession(engine, reviewer))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/funnel").session(CamundaUsers.webappSession(engine, "admin"))).andExpect(status().isOk());
        mvc.perform(get("/admin/funnel/backlog.csv").session(CamundaUsers.webappSession(engine, "admin"))).andExpect(status().isOk());
    }

    /** Tests run without the Prometheus exporter; the gauges it would publish are in the meter registry. */
    @Test
    void prometheusIsToldHowManyWaitAtEachStep() {
        ClockUtil.reset();
        journeys.atTheQuestion();

        Gauge atTheQuestion = meters.find("cabinet.registration.waiting")
                .tags("step", Elements.ANSWER_HAS_TICKET, "variant", "common").gauge();
        assertThat(atTheQuestion).isNotNull();
        assertThat(atTheQuestion.value()).isPositive();
        assertThat(meters.find("cabinet.review.backlog").gauge()).isNotNull();
        assertThat(meters.find("cabinet.review.oldest.waiting").gauge()).isNotNull();
    }

    /** The figures of one step the test asserts at once. */
    record Figures(long reached, long waiting, long left, Duration median, Duration p90) {
    }

    private static Figures step(Funnel funnel, String id) {
        StepFigures row = funnel.steps().stream().filter(figures -> figures.step().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no step " + id));
        return new Figures(row.reached(), row.waiting(), row.left(), row.median(), row.p90());
    }

    private void knownJourneys() {
        Account expires = register();
        Account confirmsAfter10 = register();
        Account confirmsAfter20 = register();
        Account confirmsAfter30 = register();

        at(10, () -> confirm(confirmsAfter10));
        at(15, () -> answer(confirmsAfter10, "yes"));
        at(20, () -> confirm(confirmsAfter20));
        at(30, () -> confirm(confirmsAfter30));
        at(45, () -> answer(confirmsAfter20, "yes"));
        at(7 * 24 * 60, () -> jobs.runDue(expires.getId().toString()));

        assertThat(members.journey(expires)).as("expired and deleted").isNull();
    }

    private Account register() {
        String email = Members.newEmail();
        Account account = members.register(email);
        jobs.runDue(account.getId().toString());
        emails.put(account.getId().toString(), email);
        return account;
    }


    private void confirm(Account account) {
        assertThat(confirmation.follow(mails.lastToken(emails.get(account.getId().toString()))))
                .isInstanceOf(EmailConfirmation.Outcome.Confirmed.class);
    }

    private void answer(Account account, String hasTicket) {
        journeys.complete(new Journey(emails.get(account.getId().toString()), account, members.journey(account)),
                Map.of(RegistrationProcess.Variables.HAS_TICKET.getName(), hasTicket));
    }

    private void at(long minutesAfterStart, Runnable action) {
        ClockUtil.setCurrentTime(Date.from(t0.plus(Duration.ofMinutes(minutesAfterStart))));
        action.run();
    }

    private LocalDate day() {
        return t0.atZone(FunnelController.MOSCOW).toLocalDate();
    }

    private long journeysOn(LocalDate day) {
        FunnelQuery query = FunnelController.query(day, day, null, null);
        return jdbc.sql("SELECT count(*) FROM public.act_hi_procinst WHERE proc_def_key_ = :key "
                        + "AND start_time_ >= :from AND start_time_ < :to")
                .param("key", RegistrationProcess.KEY).param("from", Timestamp.from(query.from()))
                .param("to", Timestamp.from(query.to())).query(Long.class).single();
    }
}
