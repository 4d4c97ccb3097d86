package org.unioncabinet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.unioncabinet.support.PortalCsrf.csrf;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.unioncabinet.consent.ConsentView;
import org.unioncabinet.consent.Consents;
import org.unioncabinet.forms.FormField;
import org.unioncabinet.forms.FormSchema;
import org.unioncabinet.login.MemberPrincipal;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.joining.JoinApplicationForm;
import org.unioncabinet.registration.ticket.TicketDataForm;
import org.unioncabinet.registry.MembershipCheck;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Mails;
import org.unioncabinet.support.RegistryFixtures;
import org.unioncabinet.withdrawal.ConsentWithdrawalJourney;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every member form step, attacked field by field over HTTP: script and HTML, overlong text, control
 * characters, impossible and implausible dates, wrong JSON types, values outside the options, and
 * malformed, oversized and unknown-field bodies. Each must get a Russian message at the field (422) or a
 * clean 4xx, never a 5xx, and leave the task waiting with the process variables as they were.
 */
@CabinetTest
class HostileStepInputTest {

    /** Member forms and how a member gets there; reviewer forms are submitted in Tasklist, not here. */
    static final Set<String> REVIEWER_FORMS = Set.of("joinApplicationReview", "correctionStatementReview",
            "consentWithdrawalAnswer", "consentWithdrawalDestruction");
    static final Set<String> COVERED = Set.of("hasTicketQuestion", "ticketData", "ticketConsents", "joinApplication",
            "joinDocumentsReview", "consentDocumentsReview", "signingCode", "correctionStatement",
            "consentWithdrawalConfirm");

    private static final Pattern RUSSIAN = Pattern.compile("[А-Яа-яЁё]");
    private static final String SCRIPT = "<script>alert(document.cookie)</script>";

    @Autowired
    MockMvc mvc;
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
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    FormService forms;
    @Autowired
    ObjectMapper json;
    @Autowired
    MembershipCheck membership;
    @Autowired
    Consents consents;
    @Autowired
    ConsentWithdrawalJourney withdrawals;

    @Test
    void everyMemberFormWithFieldsIsAttackedBelow() throws Exception {
        Set<String> deployed = new java.util.TreeSet<>();
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:forms/*.form")) {
            try (InputStream in = form.getInputStream()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                JsonNode root = json.readTree(text);
                if (!FormSchema.parse(root, text).fields().isEmpty()) {
                    deployed.add(root.path("id").asText());
                }
            }
        }
        deployed.removeAll(REVIEWER_FORMS);

        assertThat(COVERED).as("a new member form needs its hostile-input test here").containsAll(deployed);
    }

    @Test
    void theQuestion() throws Exception {
        attack(journeys.atTheQuestion(), Map.of(Variables.HAS_TICKET.getName(), "yes"));
    }

    @Test
    void ticketData() throws Exception {
        RegistryFixtures.Entry member = registry.add("Воробьёва", "Анна", "Петровна", LocalDate.of(1985, 3, 14));
        Map<String, Object> valid = new HashMap<>();
        valid.put(TicketDataForm.LAST_NAME.getName(), member.lastName());
        valid.put(TicketDataForm.FIRST_NAME.getName(), member.firstName());
        valid.put(TicketDataForm.MIDDLE_NAME.getName(), member.middleName());
        valid.put(TicketDataForm.BIRTH_DATE.getName(), member.birthDate().toString());
        valid.put(TicketDataForm.TICKET_NUMBER.getName(), member.ticketNumber());
        Journey journey = journeys.atTicketData();
        attack(journey, valid, Map.of(TicketDataForm.TICKET_NUMBER.getName(), List.of("1234", "1234 5678 9012 345",
                "12345678901234567", "abcd efgh ijkl mnop", "١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦", "7740-1588-1399-869x")));

        // The control: the same base data does pass, so each refusal above was the hostile value's doing.
        journeys.complete(journey, valid);
        assertThat(journeys.task(journey).getTaskDefinitionKey()).isEqualTo("userTask_giveConsents");
        attack(journey, Map.of(Variables.PERSONAL_DATA_CONSENT.getName(), true, Variables.ADVERTISING_CONSENT.getName(), false));
    }

    @Test
    void joinApplicationAndItsDocumentsAndTheSigningCode() throws Exception {
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        Journey journey = journeys.atJoinApplication();
        Map<String, Object> valid = Journeys.joinApplication(school);
        attack(journey, valid, Map.of(
                JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID.getName(), List.of("999999999", "-1", "0", "abc", "7701", "1e3",
                        "99999999999999999999999", " " + school, SCRIPT),
                JoinApplicationForm.PHONE.getName(), List.of("+1 212 555 12 34", "0000000000", "+7 (916) 123-45-67 доб. 5", "89161234567890"),
                JoinApplicationForm.UNIT.getName(), List.of("<b>Кафедра</b>", "[Скачать документы](https://example.org/x)",
                        "Кафедра https://example.org/", "{{applicantEmail}}")));

        journeys.complete(journey, valid);
        attack(journey, Map.of());
        journeys.complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        attack(journey, Map.of("confirmationCode", mails.lastCode(journey.email())),
                Map.of("confirmationCode", List.of("12345", "1234567", "abcdef", "12 34 56 78")));
    }

    @Test
    void theCorrectionStatement() throws Exception {
        RegistryFixtures.Entry entry = registry.add("Воробьёва", "Анна", "Петровна", LocalDate.of(1985, 3, 14));
        Journey member = journeys.atTheQuestion();
        // a member whose registration ended linked to the record (how they got there is the registration's tests')
        membership.link(member.account().getId(), entry.id());
        runtime.deleteProcessInstance(member.process().getId(), "registered in the test's set-up");
        mvc.perform(multipart("/cabinet/corrections").with(csrf()).with(user(MemberPrincipal.of(member.account()))))
                .andExpect(status().is3xxRedirection());
        long school = organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id();
        Map<String, Object> valid = new HashMap<>(Map.of("lastName", "Соколова", "firstName", "Анна",
                "middleName", "Петровна", "birthDate", "1985-03-14", "educationalOrganisationId", String.valueOf(school),
                "reason", "Смена фамилии при вступлении в брак"));
        attack(member, valid, Map.of("educationalOrganisationId", List.of("999999999", "-1", "abc", SCRIPT),
                "reason", List.of("[Скачать](https://example.org/x)", "{{applicantEmail}}")));
    }

    @Test
    void theConsentWithdrawalsConfirmation() throws Exception {
        Journey applicant = journeys.atJoinReview(Journeys.joinApplication(
                organisations.search("МБОУ СОШ № 15 г. Васильевска", 5).get(0).id()));
        UUID consent = consents.ofAccount(applicant.account().getId()).stream()
                .filter(ConsentView::withdrawableByStatement).map(ConsentView::id).findFirst().orElseThrow();
        withdrawals.start(applicant.account().getId(), consent);
        attack(applicant, Map.of("withdrawalConfirmed", true));
    }

    /** Attacks the journey's waiting task with the hostile values every field type gets, plus the given ones. */
    private void attack(Journey journey, Map<String, Object> valid) throws Exception {
        attack(journey, valid, Map.of());
    }

    private void attack(Journey journey, Map<String, Object> valid, Map<String, List<Object>> extra) throws Exception {
        Task task = journeys.task(journey);
        FormSchema form = schema(task.getId());
        Map<String, Object> before = runtime.getVariables(task.getProcessInstanceId());
        SoftAssertions softly = new SoftAssertions();

        for (FormField field : form.fields()) {
            List<Object> values = new ArrayList<>(hostileValues(field));
            values.addAll(extra.getOrDefault(field.key(), List.of()));
            for (Object value : values) {
                Map<String, Object> data = new LinkedHashMap<>(valid);
                data.put(field.key(), value);
                // A lone surrogate cannot be encoded in UTF-8: send it as the JSON escape a hostile client would.
                String body = json.writeValueAsString(Map.of("data", data)).replace("\ud800", "\\ud800");
                MockHttpServletResponse response = submit(journey, task, body);
                String what = form.id() + "." + field.key() + " = " + describe(value);
                softly.assertThat(response.getStatus()).as(what).isIn(400, 413, 422);
                if (response.getStatus() == 422) {
                    JsonNode errors = json.readTree(response.getContentAsString()).path("errors");
                    softly.assertThat(errors.path(field.key()).asText()).as(what + ": a Russian message at the field")
                            .containsPattern(RUSSIAN);
                } else {
                    softly.assertThat(message(response)).as(what + ": a Russian message").containsPattern(RUSSIAN);
                }
            }
        }
        for (String body : hostileBodies(valid)) {
            MockHttpServletResponse response = submit(journey, task, body);
            String what = form.id() + " body " + describe(body);
            softly.assertThat(response.getStatus()).as(what).isIn(400, 413, 422);
            softly.assertThat(message(response)).as(what + ": a Russian message").containsPattern(RUSSIAN);
        }
        MockHttpServletResponse wrongType = mvc.perform(post("/cabinet/steps/" + task.getId()).with(csrf())
                .with(user(MemberPrincipal.of(journey.account()))).contentType(MediaType.TEXT_PLAIN)
                .content("hasTicket=yes")).andReturn().getResponse();
        softly.assertThat(wrongType.getStatus()).as(form.id() + " as text/plain").isEqualTo(415);
        MockHttpServletResponse badBytes = mvc.perform(post("/cabinet/steps/" + task.getId()).with(csrf())
                .with(user(MemberPrincipal.of(journey.account()))).contentType(MediaType.APPLICATION_JSON)
                .content(new byte[] {'{', '"', 'd', 'a', 't', 'a', '"', ':', '{', '"', (byte) 0xC3, (byte) 0x28, '"',
                    ':', '1', '}', '}'})).andReturn().getResponse();
        softly.assertThat(badBytes.getStatus()).as(form.id() + " invalid UTF-8").isEqualTo(400);

        softly.assertThat(tasks.createTaskQuery().taskId(task.getId()).active().count())
                .as(form.id() + ": the step still waits").isOne();
        softly.assertThat(runtime.getVariables(task.getProcessInstanceId()))
                .as(form.id() + ": nothing stored changed").isEqualTo(before);
        softly.assertAll();
    }

    private static List<Object> hostileValues(FormField field) {
        List<Object> values = new ArrayList<>(List.of(42, Map.of("$ne", ""), List.of("a", "b")));
        if (!"checkbox".equals(field.type())) {
            values.add(true);
        }
        switch (field.type()) {
            case "textfield", "textarea" -> {
                int max = field.maxLength() != null ? field.maxLength() : 1000;
                values.addAll(List.of(SCRIPT, "\"><img src=x onerror=alert(1)>", "Ан\u0000на", "Анна\u0007",
                        "Анна\u001b[31m", "Анна\u202eанна", "Анна\ud800", "Ан\u200bна", "а".repeat(max + 1),
                        "а".repeat(60_000)));
            }
            case "datetime" -> values.addAll(List.of("2023-02-30", "2023-13-01", "30.02.2023", "1850-01-01",
                    LocalDate.now().plusYears(1).toString(), LocalDate.now().toString(), "+999999999-12-31",
                    "1985-03-14T00:00:00", "1985-03-14' OR '1'='1", 19850314));
            case "radio", "select" -> values.addAll(List.of(SCRIPT, "maybe", "YES"));
            case "checkbox" -> values.addAll(List.of("true", "on", 1, SCRIPT));
            default -> {
            }
        }
        if (field.required()) {
            values.add("");
        }
        return values;
    }

    private static List<String> hostileBodies(Map<String, Object> valid) {
        return List.of("", "{", "{\"data\":", "null", "[]", "\"data\"", "{\"data\":[]}", "{\"data\":\"x\"}",
                "{\"data\":{\"" + "x".repeat(10) + "\":1}}", "{\"data\":{},\"taskId\":\"x\"}",
                "{\"data\":{\"__proto__\":{\"admin\":true}}}",
                "{\"data\":{\"lastName\":" + "[".repeat(3000) + "]".repeat(3000) + "}}",
                "{\"data\":{\"lastName\":" + "9".repeat(5000) + "}}",
                "{\"data\":{\"lastName\":\"" + "а".repeat(70_000) + "\"}}");
    }

    private MockHttpServletResponse submit(Journey journey, Task task, String body) throws Exception {
        return mvc.perform(post("/cabinet/steps/" + task.getId()).with(csrf())
                .with(user(MemberPrincipal.of(journey.account()))).contentType(MediaType.APPLICATION_JSON)
                .accept(MediaType.APPLICATION_JSON).content(body.getBytes(StandardCharsets.UTF_8)))
                .andReturn().getResponse();
    }

    private String message(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        try {
            return json.readTree(body).path("message").asText();
        } catch (Exception notJson) {
            return body;
        }
    }

    private FormSchema schema(String taskId) throws Exception {
        try (InputStream deployed = forms.getDeployedTaskForm(taskId)) {
            String text = new String(deployed.readAllBytes(), StandardCharsets.UTF_8);
            return FormSchema.parse(json.readTree(text), text);
        }
    }

    private static String describe(Object value) {
        String text = String.valueOf(value);
        String shown = text.length() > 40 ? text.substring(0, 40) + "…(" + text.length() + ")" : text;
        StringBuilder visible = new StringBuilder();
        shown.chars().forEach(c -> visible.append(c < 0x20 || Character.isSurrogate((char) c) || c == 0x202e
                ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return visible.toString();
    }
}
