package org.unioncabinet.benchmark;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.support.Members;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A member's complete journey over HTTP, as a browser makes it: «Создать», the link from the real
 * mail, every step the cabinet shows (the form's data posted as the portal script posts it), the
 * code from the mail, for variant 2 the reviewer's approval in Tasklist, and a later login that
 * lands in the cabinet. Waits for the engine's jobs on «Обрабатываем Ваши данные» as the page's script does
 * ({@code nextStep.js}): it looks at {@code /cabinet} again every 3 s and reloads once the page changed. Before
 * each request a member makes by hand it pauses for its {@link ThinkTime} (none unless {@link #thinking} says).
 */
public final class MemberJourney {

    private static final Pattern SUBMIT_URL = Pattern.compile("data-submit-url=\"(/cabinet/steps/[^\"]+)\"");
    private static final Pattern SCHEMA = Pattern.compile("<script type=\"application/json\" id=\"step-schema\">(.*?)</script>",
            Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/confirm\\S+)");
    private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    /** A member whose link did not work yet follows it again after this pause. */
    private static final long RELOAD_MILLIS = 200;
    /** {@code WAIT_MS} of src/main/frontend/src/nextStep.js: how often «Обрабатываем» looks at the page again. */
    private static final long LOOK_MILLIS = 3000;
    /** The attribute nextStep.js looks for: the page still says «Обрабатываем Ваши данные». */
    private static final String PENDING = "data-next-step-pending";
    /** The prefix of waits that last as long as a job by design (the long poll of «Обрабатываем»). */
    static final String WAIT = "wait:";
    private static final long MAIL_POLL_MILLIS = 50;

    private final HttpClient http;
    private final List<String> nodes;
    private final Latencies latencies;
    private final Inbox inbox;
    private final WebSession reviewer;
    /** The login the reviewer claims the application for: their own. */
    private final String reviewerLogin;
    private final ObjectMapper json;
    private final ThinkTime thinkTime;

    /** The journey with the demo reviewer {@code reviewer} approving. */
    MemberJourney(HttpClient http, List<String> nodes, Latencies latencies, Inbox inbox, WebSession reviewer,
            ObjectMapper json) {
        this(http, nodes, latencies, inbox, reviewer, "reviewer", json);
    }

    /** The journey with that reviewer, logged in to Tasklist as {@code reviewerLogin}, approving. */
    public MemberJourney(HttpClient http, List<String> nodes, Latencies latencies, Inbox inbox, WebSession reviewer,
            String reviewerLogin, ObjectMapper json) {
        this(http, nodes, latencies, inbox, reviewer, reviewerLogin, json, ThinkTime.NONE);
    }

    private MemberJourney(HttpClient http, List<String> nodes, Latencies latencies, Inbox inbox, WebSession reviewer,
            String reviewerLogin, ObjectMapper json, ThinkTime thinkTime) {
        this.http = http;
        this.nodes = nodes;
        this.latencies = latencies;
        this.inbox = inbox;
        this.reviewer = reviewer;
        this.reviewerLogin = reviewerLogin;
        this.json = json;
        this.thinkTime = thinkTime;
    }

    /** The same journey, its requests timed in {@code other}. */
    MemberJourney timedIn(Latencies other) {
        return new MemberJourney(http, nodes, other, inbox, reviewer.withLatencies(other), reviewerLogin, json, thinkTime);
    }

    /** The same journey for one member who pauses as {@code thinkTime} says (one per thread: it is not shared). */
    MemberJourney thinking(ThinkTime thinkTime) {
        return new MemberJourney(http, nodes, latencies, inbox, reviewer, reviewerLogin, json, thinkTime);
    }

    /** A reviewer logged in to Tasklist (the Camunda web apps' own login and XSRF token). */
    public static WebSession reviewer(HttpClient http, List<String> nodes, Latencies latencies, String user, String password) {
        return camundaUser(http, nodes, latencies, "reviewer", "tasklist", user, password);
    }

    /** Someone logged in to one of the Camunda web apps ({@code tasklist}, {@code cockpit}). */
    static WebSession camundaUser(HttpClient http, List<String> nodes, Latencies latencies, String who, String app,
            String user, String password) {
        WebSession session = new WebSession(http, nodes, latencies);
        session.get(who + ": GET " + app, "/camunda/app/" + app + "/default/", 200);
        session.postCamunda(who + ": POST login", "/camunda/api/admin/auth/user/default/login/" + app,
                "application/x-www-form-urlencoded",
                "username=" + WebSession.encode(user) + "&password=" + WebSession.encode(password), 200);
        return session;
    }

    /** Runs the journey to the end; returns the session of the member's later login (signed in). */
    public WebSession run(MemberData member) {
        WebSession browser = new WebSession(http, nodes, latencies);
        thinkTime.think();
        browser.get("GET /register", "/register", 200);
        thinkTime.think();
        browser.postForm("POST /register", "/register", Map.of("email", member.email, "password", Members.PASSWORD,
                "passwordRepeat", Members.PASSWORD, "signatureAgreementAccepted", "true"), 302);
        String link = awaitMail(member, LINK, "the confirmation link");
        thinkTime.think();
        confirm(browser, link);
        walkToTheCabinet(browser, member);

        WebSession later = new WebSession(http, nodes, latencies);
        thinkTime.think();
        later.get("GET /login", "/login", 200);
        thinkTime.think();
        later.postForm("POST /login", "/login", Map.of("email", member.email, "password", Members.PASSWORD), 302);
        String home = later.get("GET /cabinet", "/cabinet", 200).body();
        if (!home.contains("id=\"documents-title\"")) {
            throw new WebSession.UnexpectedResponse("GET /cabinet", "no cabinet after login for " + member.email);
        }
        return later;
    }

    /**
     * Follows the link. The mail leaves inside the job's transaction that stores the link's token and
     * moves the journey to its wait (docs/adr/0003: no valid link without a sent mail), so a member quicker than
     * that commit gets «Ссылка недействительна» or «Мы ещё обрабатываем…» and follows the link again;
     * those repeats are counted apart.
     */
    private static void confirm(WebSession browser, String link) {
        for (int attempt = 0; attempt < 50; attempt++) {
            WebSession.Page page = browser.get(attempt == 0 ? "GET /confirm" : "GET /confirm (again: before the commit)", link,
                    WebSession.ANY_STATUS);
            if (page.status() == 302) {
                return;
            }
            if (page.status() != 200
                    || !(page.body().contains("Мы ещё обрабатываем") || page.body().contains("Ссылка недействительна"))) {
                throw new WebSession.UnexpectedResponse("GET /confirm", "HTTP " + page.status() + ", not signed in");
            }
            pause(RELOAD_MILLIS);
        }
        throw new WebSession.UnexpectedResponse("GET /confirm", "the link never worked");
    }

    private void walkToTheCabinet(WebSession browser, MemberData member) {
        boolean reviewed = false;
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            String page = browser.get("GET /cabinet", "/cabinet", 200).body();
            Matcher submitUrl = SUBMIT_URL.matcher(page);
            if (submitUrl.find()) {
                String formId = formId(page);
                if (formId.equals("joinApplication")) {
                    member.organisationId = chooseSchool(browser, member.school);
                } else if (formId.equals("signingCode")) {
                    member.confirmationCode = awaitMail(member, CODE, "the signing code");
                }
                thinkTime.think();
                browser.postJson("POST step " + formId, submitUrl.group(1), toJson(Map.of("data", member.step(formId))),
                        200);
            } else if (page.contains("id=\"documents-title\"")) {
                return;
            } else if (page.contains("Заявление получено") && !reviewed) {
                approve(member);
                reviewed = true;
            } else {
                awaitNextStep(browser, page);
            }
        }
        throw new WebSession.UnexpectedResponse("GET /cabinet", "no cabinet within 3 minutes for " + member.email);
    }

    /**
     * A job is running between two steps (the signing code's mail, a registry write, passing an application on): «Обрабатываем Ваши данные»
     * asks {@code /cabinet/next-step} once, the server answers when the next step is ready (or after 20 s, and the
     * page asks again), and the browser reloads (the caller's next {@code GET}). This waiting is the page's, not
     * the member's: no think time, and its request lasts as long as the job by design (reported, held to no limit).
     * A page without the script's marker (the application is with the reviewer) is looked at again after 3 s.
     */
    private static void awaitNextStep(WebSession browser, String page) {
        if (!page.contains(PENDING)) {
            pause(LOOK_MILLIS);
            return;
        }
        while (!browser.get(WAIT + " GET /cabinet/next-step (long poll)", "/cabinet/next-step", 200).body()
                .contains("\"ready\":true")) {
            // the server answered «not yet» after its 20 s: ask again at once, as nextStep.js does
        }
    }

    /** Types the school as a member does, one request per beginning she typed, and picks it from the options. */
    private String chooseSchool(WebSession browser, MemberData.School school) {
        String options = "";
        for (String typed : school.typed()) {
            thinkTime.think();
            options = browser.get("GET /cabinet/organisations", "/cabinet/organisations?q=" + WebSession.encode(typed),
                    200).body();
        }
        for (JsonNode option : read(options)) {
            if (option.get("label").asText().startsWith(school.shortName() + " (")) {
                return option.get("value").asText();
            }
        }
        throw new WebSession.UnexpectedResponse("GET /cabinet/organisations", "no «" + school.shortName() + "»");
    }

    /** The reviewer finds the application by the applicant's name, opens, claims and approves it. */
    private void approve(MemberData member) {
        String api = "/camunda/api/engine/engine/default/task";
        JsonNode tasks = read(reviewer.get("reviewer: GET tasks", api + "?taskDefinitionKey="
                + RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION + "&taskVariables="
                + WebSession.encode(RegistrationProcess.Variables.APPLICANT_NAME_LABEL.getName() + "_eq_"
                        + member.fullName()), 200).body());
        if (tasks.size() != 1) {
            throw new WebSession.UnexpectedResponse("reviewer: GET tasks", tasks.size() + " tasks for " + member.fullName());
        }
        String task = api + "/" + tasks.get(0).get("id").asText();
        reviewer.get("reviewer: GET form variables", task + "/form-variables", 200);
        reviewer.postCamunda("reviewer: POST claim", task + "/claim", "application/json", "{\"userId\":\"" + reviewerLogin + "\"}",
                204);
        reviewer.postCamunda("reviewer: POST submit-form", task + "/submit-form", "application/json",
                "{\"variables\":{\"" + RegistrationProcess.Variables.DECISION.getName() + "\":{\"value\":\"approve\",\"type\":\"String\"}}}",
                204);
    }

    /**
     * The first group of {@code pattern} in the member's mails, waiting for the mail to arrive over SMTP. Found
     * by its content, not its place: with several nodes the order of arrival is not known.
     */
    private String awaitMail(MemberData member, Pattern pattern, String what) {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (Inbox.Mail mail : inbox.to(member.email)) {
                Matcher found = pattern.matcher(mail.text());
                if (found.find()) {
                    return found.group(1);
                }
            }
            pause(MAIL_POLL_MILLIS);
        }
        throw new WebSession.UnexpectedResponse("mail", what + " to " + member.email + " never came");
    }

    private String formId(String page) {
        Matcher schema = SCHEMA.matcher(page);
        if (!schema.find()) {
            throw new WebSession.UnexpectedResponse("GET /cabinet", "a step without its form");
        }
        return read(schema.group(1)).get("id").asText();
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            throw new WebSession.UnexpectedResponse("json", e.getOriginalMessage());
        }
    }

    private String toJson(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
