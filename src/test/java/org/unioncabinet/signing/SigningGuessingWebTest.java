package org.unioncabinet.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.joining.JoinApplicationForm;
import org.unioncabinet.registration.ticket.ConsentDocuments;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.Members;
import org.unioncabinet.support.PortalClient;
import org.unioncabinet.support.RegistryFixtures;
import org.unioncabinet.system.CabinetProperties;
import org.unioncabinet.system.DisplayDates;
import org.unioncabinet.system.MailLimits;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Someone with a member's password but not her mailbox guesses confirmation codes over HTTP as fast as the portal
 * lets him, for a whole day of the engine's clock (moved with ClockUtil, so code lifetimes, their timers and the
 * limits move together): he gets the member's daily budget of wrong codes and not one more, however he asks for new
 * codes (each wrong code followed by «Отправить код повторно», «Подписать документы» again after five wrong codes or
 * an expired one), and her address never gets more code mails than its limit. Every refusal is a Russian message at
 * the form saying when signing is possible again; none is a failing job or an incident.
 */
@CabinetTest
class SigningGuessingWebTest {

    static final Pattern REFUSAL = Pattern.compile("Слишком много (неверных кодов|писем с кодом подтверждения)\\. "
            + "Подписать документы можно будет (?:(\\d{2}\\.\\d{2}\\.\\d{4}) )?после (\\d{2}:\\d{2}) \\(мск\\)\\.");
    static final Pattern SUBMIT_URL = Pattern.compile("data-submit-url=\"(/cabinet/steps/[^\"]+)\"");
    static final Pattern SCHEMA = Pattern.compile("id=\"step-schema\">(.*?)</script>", Pattern.DOTALL);
    static final Pattern NOTICE = Pattern.compile("<p class=\"notice\" role=\"status\">([^<]*)</p>");
    /** The button's own once-a-minute cooldown, waited out between presses as a patient attacker would. */
    static final Duration BETWEEN_CLICKS = Duration.ofSeconds(61);

    @LocalServerPort
    int port;
    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    RegistryFixtures registry;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    CabinetProperties properties;
    @Autowired
    MailLimits mailLimits;
    @Autowired
    SignatureRepository signatures;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ObjectMapper json;

    /** A step page as the browser gets it: which form, where it posts. */
    record Step(String formId, String submitPath) {
        boolean isCode() {
            return formId.equals(DocumentSigningProcess.CODE_FORM);
        }
    }

    @AfterEach
    void engineTimeBack() {
        ClockUtil.reset();
    }

    @Test
    void aDayOfGuessingAsFastAsThePortalAllowsGetsTheDailyBudgetAndNoMoreCodesThanTheMailLimit() throws Exception {
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        Journey journey = journeys.atJoinApplication();
        journeys.complete(journey, Journeys.joinApplication(school));
        PortalClient attacker = signedIn(journey);
        Instant start = now();
        Instant dayLater = start.plus(Duration.ofDays(1));
        List<Instant> guesses = new ArrayList<>();
        List<Instant> codeMails = new ArrayList<>();
        List<String> refusals = new ArrayList<>();

        for (int round = 0; now().isBefore(dayLater); round++) {
            assertThat(round).as("rounds of the attack").isLessThan(500);
            // what is due by now happens first: a requested code goes out, an expired code's timer fires
            codeMails.addAll(mailsSentBy(journey, now()));
            Step step = step(attacker);
            HttpResponse<String> click = step.isCode()
                    ? attacker.postJson(step.submitPath(), code(otherThan(mails.lastCode(journey.email()))))
                    : attacker.postJson(step.submitPath(), "{\"data\":{}}");
            Instant clickedAt = now();
            codeMails.addAll(mailsSentBy(journey, clickedAt));
            if (click.statusCode() == 422) {
                String refusal = json.readTree(click.body()).path("message").asText();
                refusals.add(refusal);
                moveClockTo(allowedAt(refusal));
                continue;
            }
            assertThat(click.statusCode()).as(click.body()).isEqualTo(200);
            if (step.isCode()) {
                guesses.add(clickedAt);
                if (step(attacker).isCode()) {
                    askForNewCode(attacker);
                    codeMails.addAll(mailsSentBy(journey, now()));
                    notice(attacker).filter(notice -> REFUSAL.matcher(notice).matches()).ifPresent(refusals::add);
                }
            }
            advanceClock(BETWEEN_CLICKS);
        }

        CabinetProperties.Signing budget = properties.signing();
        assertThat(guesses).as("wrong codes checked within a day").hasSize(budget.guessesPerDay());
        assertThat(jdbc.sql("SELECT sum(attempts) FROM app.signing_code WHERE account_id = :account")
                .param("account", journey.account().getId()).query(Long.class).single())
                .as("entries checked against a code").isEqualTo(guesses.size());
        assertThat(mostWithinAny(guesses, Duration.ofHours(1))).isLessThanOrEqualTo(budget.guessesPerHour());
        assertThat(codeMails).as("code mails").hasSizeGreaterThan(mailLimits.getPerAddress());
        assertThat(mostWithinAny(codeMails, mailLimits.getWindow())).as("code mails to one address within %s",
                mailLimits.getWindow()).isEqualTo(mailLimits.getPerAddress());
        assertThat(mails.to(journey.email()).stream().filter(mail -> mail.subject().equals(MailTemplate.SIGNING_CODE.subject())))
                .hasSameSizeAs(codeMails);
        assertThat(refusals).allSatisfy(refusal -> assertThat(refusal).matches(REFUSAL));
        assertThat(refusals).anySatisfy(refusal -> assertThat(refusal).startsWith(SigningLimits.TOO_MANY_GUESSES))
                .anySatisfy(refusal -> assertThat(refusal).startsWith(SigningLimits.TOO_MANY_CODES));
        assertThat(signatures.findByAccountId(journey.account().getId())).isEmpty();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.businessKey()).list()
                .forEach(process -> {
                    assertThat(runtime.createIncidentQuery().processInstanceId(process.getId()).count())
                            .as("incidents").isZero();
                    assertThat(management.createJobQuery().processInstanceId(process.getId()).withException().count())
                            .as("failing jobs").isZero();
                });
    }

    @Test
    void theRightCodeIsRefusedUncheckedWhileTheBudgetIsSpentAndSignsOnceTheWaitIsOver() throws Exception {
        Journey journey = journeys.atConsentDocuments(
                registry.add("Кузнецова", "Дарья", "Олеговна", LocalDate.of(1988, 9, 2)));
        PortalClient browser = signedIn(journey);
        CabinetProperties.Signing budget = properties.signing();
        // someone with her password: five wrong codes void the first code, one wrong on the second, a third code...
        signDocuments(browser, journey);
        guessWrong(browser, journey, budget.maxAttempts());
        signDocuments(browser, journey);
        guessWrong(browser, journey, 1);
        askForNewCode(browser);
        jobs.runDue(journey.businessKey());
        // ...and the rest of the hour's budget on it, which leaves it live
        guessWrong(browser, journey, budget.guessesPerHour() - budget.maxAttempts() - 1);
        int codeMails = codeMails(journey);

        HttpResponse<String> right = browser.postJson(step(browser).submitPath(),
                code(mails.lastCode(journey.email())));

        assertThat(right.statusCode()).isEqualTo(422);
        String refusal = json.readTree(right.body()).path("message").asText();
        assertThat(refusal).matches(REFUSAL).startsWith(SigningLimits.TOO_MANY_GUESSES);
        assertThat(signatures.findByAccountId(journey.account().getId())).isEmpty();
        assertThat(step(browser).isCode()).as("still at the code, nothing checked").isTrue();
        assertThat(browser.get("/cabinet").body()).as("the step's page says it before she types")
                .contains("<p class=\"notice notice--warning\" role=\"status\">" + refusal + "</p>");
        askForNewCode(browser);
        jobs.runDue(journey.businessKey());
        assertThat(notice(browser)).as("«Отправить код повторно» on the page").contains(refusal);
        assertThat(codeMails(journey)).as("no code she could not enter").isEqualTo(codeMails);

        moveClockTo(allowedAt(refusal));
        jobs.runDue(journey.businessKey());
        assertThat(step(browser).formId()).as("the code's lifetime passed meanwhile")
                .isEqualTo(ConsentDocuments.REVIEW_FORM_ID);
        signDocuments(browser, journey);
        HttpResponse<String> signed = browser.postJson(step(browser).submitPath(),
                code(mails.lastCode(journey.email())));

        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(200);
        assertThat(signatures.findByAccountId(journey.account().getId())).isNotEmpty();
    }

    private PortalClient signedIn(Journey journey) {
        PortalClient browser = new PortalClient(port);
        assertThat(browser.logIn(journey.email(), Members.PASSWORD)).endsWith("/cabinet");
        return browser;
    }

    /** «Подписать документы» on the documents step, and the code mailed. */
    private void signDocuments(PortalClient browser, Journey journey) {
        Step step = step(browser);
        assertThat(step.formId()).isIn(ConsentDocuments.REVIEW_FORM_ID, JoinApplicationForm.DOCUMENTS_REVIEW_ID);
        assertThat(browser.postJson(step.submitPath(), "{\"data\":{}}").statusCode()).isEqualTo(200);
        jobs.runDue(journey.businessKey());
    }

    /** «Отправить код повторно», once the button's own cooldown passed. */
    private void askForNewCode(PortalClient browser) {
        advanceClock(BETWEEN_CLICKS);
        browser.post(step(browser).submitPath() + "/actions/" + DocumentSigningProcess.Messages.SIGNING_CODE_REQUESTED,
                Map.of());
    }

    private void guessWrong(PortalClient browser, Journey journey, int times) {
        for (int guess = 0; guess < times; guess++) {
            Step step = step(browser);
            assertThat(step.isCode()).isTrue();
            assertThat(browser.postJson(step.submitPath(), code(otherThan(mails.lastCode(journey.email()))))
                    .statusCode()).isEqualTo(200);
        }
    }

    private Step step(PortalClient browser) {
        String page = browser.get("/cabinet").body();
        Matcher url = SUBMIT_URL.matcher(page);
        Matcher schema = SCHEMA.matcher(page);
        assertThat(url.find() && schema.find()).as("a step page: %s", page).isTrue();
        try {
            JsonNode form = json.readTree(schema.group(1));
            return new Step(form.path("id").asText(), url.group(1));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Optional<String> notice(PortalClient browser) {
        Matcher notice = NOTICE.matcher(browser.get("/cabinet").body());
        return notice.find() ? Optional.of(notice.group(1)) : Optional.empty();
    }

    /** Runs the member's jobs (a requested code goes out, an expired code's timer fires). @return a time per new code mail */
    private List<Instant> mailsSentBy(Journey journey, Instant clickedAt) {
        int before = codeMails(journey);
        jobs.runDue(journey.businessKey());
        return Collections.nCopies(codeMails(journey) - before, clickedAt);
    }

    private int codeMails(Journey journey) {
        return (int) mails.to(journey.email()).stream()
                .filter(mail -> mail.subject().equals(MailTemplate.SIGNING_CODE.subject())).count();
    }

    /** The moment a refusal names: its Moscow time, on its date or today. */
    private static Instant allowedAt(String refusal) {
        Matcher matcher = REFUSAL.matcher(refusal);
        assertThat(matcher.matches()).as(refusal).isTrue();
        LocalDate date = matcher.group(2) == null ? LocalDate.ofInstant(now(), DisplayDates.MOSCOW)
                : LocalDate.parse(matcher.group(2), DateTimeFormatter.ofPattern("dd.MM.yyyy"));
        Instant at = LocalDateTime.of(date, LocalTime.parse(matcher.group(3))).atZone(DisplayDates.MOSCOW).toInstant();
        assertThat(at).as("a time to come: %s", refusal).isAfter(now());
        return at;
    }

    /** The most moments within any half-open window [t, t + window). */
    private static long mostWithinAny(List<Instant> moments, Duration window) {
        return moments.stream()
                .mapToLong(from -> moments.stream()
                        .filter(moment -> !moment.isBefore(from) && moment.isBefore(from.plus(window))).count())
                .max().orElse(0);
    }

    private static String code(String code) {
        return "{\"data\":{\"confirmationCode\":\"" + code + "\"}}";
    }

    private static String otherThan(String code) {
        return String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    /** Moves the engine's clock, and so the application's, which keeps ticking from there. */
    private static void moveClockTo(Instant moment) {
        ClockUtil.offset(moment.toEpochMilli() - System.currentTimeMillis());
    }

    private static void advanceClock(Duration duration) {
        moveClockTo(now().plus(duration));
    }
}
