package org.unioncabinet.benchmark;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.unioncabinet.mail.DevMailbox;
import org.unioncabinet.registration.RegistrationProcess;
import org.unioncabinet.support.Members;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.util.GreenMail;

import jakarta.mail.internet.MimeMessage;

/**
 * A member's complete journey over HTTP, as a browser makes it: «Создать», the link from the real
 * mail, every step the cabinet shows (the form's data posted as the portal script posts it), the
 * code from the mail, for variant 2 the reviewer's approval in Tasklist, and a later login that
 * lands in the cabinet. Waits for the engine's jobs by reloading {@code /cabinet}, as the page does.
 */
final class MemberJourney {

    private static final Pattern SUBMIT_URL = Pattern.compile("data-submit-url=\"(/cabinet/steps/[^\"]+)\"");
    private static final Pattern SCHEMA = Pattern.compile("<script type=\"application/json\" id=\"step-schema\">(.*?)</script>",
            Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/confirm\\S+)");
    private static final Pattern CODE = Pattern.compile("(?m)^\\s*(\\d{6})\\s*$");
    private static final Duration MAIL_WAIT = Duration.ofSeconds(60);
    private static final long RELOAD_MILLIS = 200;

    private final HttpClient http;
    private final String base;
    private final Latencies latencies;
    private final GreenMail smtp;
    private final WebSession reviewer;
    private final ObjectMapper json;

    MemberJourney(HttpClient http, String base, Latencies latencies, GreenMail smtp, WebSession reviewer,
            ObjectMapper json) {
        this.http = http;
        this.base = base;
        this.latencies = latencies;
        this.smtp = smtp;
        this.reviewer = reviewer;
        this.json = json;
    }

    /** A reviewer logged in to Tasklist (the Camunda web apps' own login and XSRF token). */
    static WebSession reviewer(HttpClient http, String base, Latencies latencies, String user, String password) {
        WebSession session = new WebSession(http, base, latencies);
        session.get("reviewer: GET Tasklist", "/camunda/app/tasklist/default/", 200);
        session.postCamunda("reviewer: POST login", "/camunda/api/admin/auth/user/default/login/tasklist",
                "application/x-www-form-urlencoded",
                "username=" + WebSession.encode(user) + "&password=" + WebSession.encode(password), 200);
        return session;
    }

    /** Runs the journey to the end; returns the session of the member's later login (signed in). */
    WebSession run(MemberData member) {
        WebSession browser = new WebSession(http, base, latencies);
        browser.get("GET /register", "/register", 200);
        browser.postForm("POST /register", "/register", Map.of("email", member.email, "password", Members.PASSWORD,
                "passwordRepeat", Members.PASSWORD, "signatureAgreementAccepted", "true"), 302);
        Matcher link = LINK.matcher(mail(member, 1));
        if (!link.find()) {
            throw new WebSession.UnexpectedResponse("mail", "no confirmation link for " + member.email);
        }
        confirm(browser, link.group(1));
        walkToTheCabinet(browser, member);

        WebSession later = new WebSession(http, base, latencies);
        later.get("GET /login", "/login", 200);
        later.postForm("POST /login", "/login", Map.of("email", member.email, "password", Members.PASSWORD), 302);
        String home = later.get("GET /cabinet", "/cabinet", 200).body();
        if (!home.contains("id=\"documents-title\"")) {
            throw new WebSession.UnexpectedResponse("GET /cabinet", "no cabinet after login for " + member.email);
        }
        return later;
    }

    /**
     * Follows the link. The mail leaves inside the job's transaction that stores the link's token and
     * moves the journey to its wait (README: no valid link without a sent mail), so a member quicker than
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
                    member.organisationId = chooseSchool(browser);
                } else if (formId.equals("signingCode")) {
                    member.confirmationCode = code(mail(member, 2));
                }
                browser.postJson("POST step " + formId, submitUrl.group(1), toJson(Map.of("data", member.step(formId))),
                        200);
            } else if (page.contains("id=\"documents-title\"")) {
                return;
            } else if (page.contains("Заявление получено") && !reviewed) {
                approve(member);
                reviewed = true;
            } else {
                // a job is running between two steps (a mail, a registry write): reload as the page does
                pause(RELOAD_MILLIS);
            }
        }
        throw new WebSession.UnexpectedResponse("GET /cabinet", "no cabinet within 3 minutes for " + member.email);
    }

    /** Types the school as a member does, three requests on the way, and picks it from the options. */
    private String chooseSchool(WebSession browser) {
        String options = "";
        for (String typed : List.of("сош", "сош 15", MemberData.SCHOOL_QUERY)) {
            options = browser.get("GET /cabinet/organisations", "/cabinet/organisations?q=" + WebSession.encode(typed),
                    200).body();
        }
        for (JsonNode option : read(options)) {
            if (option.get("label").asText().startsWith(MemberData.SCHOOL + " (")) {
                return option.get("value").asText();
            }
        }
        throw new WebSession.UnexpectedResponse("GET /cabinet/organisations", "no «" + MemberData.SCHOOL + "»");
    }

    /** The demo reviewer finds the application by the applicant's e-mail, opens, claims and approves it. */
    private void approve(MemberData member) {
        String api = "/camunda/api/engine/engine/default/task";
        JsonNode tasks = read(reviewer.get("reviewer: GET tasks", api + "?taskDefinitionKey="
                + RegistrationProcess.Elements.REVIEW_JOIN_APPLICATION + "&processVariables="
                + WebSession.encode(RegistrationProcess.Variables.APPLICANT_EMAIL + "_eq_" + member.email), 200).body());
        if (tasks.size() != 1) {
            throw new WebSession.UnexpectedResponse("reviewer: GET tasks", tasks.size() + " tasks for " + member.email);
        }
        String task = api + "/" + tasks.get(0).get("id").asText();
        reviewer.get("reviewer: GET form variables", task + "/form-variables", 200);
        reviewer.postCamunda("reviewer: POST claim", task + "/claim", "application/json", "{\"userId\":\"reviewer\"}", 204);
        reviewer.postCamunda("reviewer: POST submit-form", task + "/submit-form", "application/json",
                "{\"variables\":{\"" + RegistrationProcess.Variables.DECISION + "\":{\"value\":\"approve\",\"type\":\"String\"}}}",
                204);
    }

    /** The text of the member's n-th mail, waiting for it to arrive over SMTP. */
    private String mail(MemberData member, int number) {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            MimeMessage[] received = smtp.getReceivedMessagesForDomain(member.domain());
            if (received.length >= number) {
                try {
                    Optional<String> text = DevMailbox.plainText(received[number - 1]);
                    return text.orElseThrow();
                } catch (Exception e) {
                    throw new WebSession.UnexpectedResponse("mail", e.toString());
                }
            }
            pause(20);
        }
        throw new WebSession.UnexpectedResponse("mail", "mail " + number + " to " + member.email + " never came");
    }

    private static String code(String mail) {
        Matcher code = CODE.matcher(mail);
        if (!code.find()) {
            throw new WebSession.UnexpectedResponse("mail", "no code in the signing mail");
        }
        return code.group(1);
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
