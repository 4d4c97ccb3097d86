package org.unioncabinet.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.RegistrationProcess.Elements;
import org.unioncabinet.registration.RegistrationProcess.Variables;
import org.unioncabinet.registration.joining.JoinApplicationForm;
import org.unioncabinet.signing.DocumentSigningProcess;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Jobs;
import org.unioncabinet.support.Journeys;
import org.unioncabinet.support.Journeys.Journey;
import org.unioncabinet.support.Mails;

/**
 * ADR 0013: the engine holds no applicant data beyond the review task's own labels. A variant-2 journey (applied,
 * rejected, applied again, admitted) stops at each of its wait states, and every text column of every engine table
 * (runtime, history, the operation log, task names and descriptions, job and incident messages) and every byte array
 * (variables, stack traces) is searched for what the applicant typed.
 */
@CabinetTest
class EngineHoldsNoApplicantDataTest {

    static final String SCHOOL = "МБОУ СОШ № 15 г. Васильевска";

    /** The labels ADR 0013 allows, as task-local variables of the review task only. */
    static final Set<String> LABELS = Set.of(Variables.APPLICANT_NAME_LABEL.getName(), Variables.SCHOOL_LABEL.getName(),
            Variables.SUBMITTED_AT_LABEL.getName(), Variables.DEADLINE_LABEL.getName());

    @Autowired
    Journeys journeys;
    @Autowired
    Jobs jobs;
    @Autowired
    Mails mails;
    @Autowired
    OrganisationSearch organisations;
    @Autowired
    IdentityService identity;
    @Autowired
    FormService forms;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    Journey journey;
    Map<String, String> applicantData;
    /** Occurrences the ADR allows: proof that the search finds what is there. */
    List<String> allowed = new ArrayList<>();

    @AfterEach
    void signOut() {
        identity.clearAuthentication();
    }

    @Test
    void atNoWaitStateOfAJoinJourneyDoesTheEngineHoldWhatTheApplicantTyped() {
        Map<String, Object> application = application();
        journey = journeys.atJoinApplication();
        applicantData = new LinkedHashMap<>(Map.of(
                "фамилия", "Ферапонтова",
                "имя", "Евдокия",
                "отчество", "Златославовна",
                "дата рождения (ISO)", "1991-07-23",
                "дата рождения", "23.07.1991",
                "телефон", "9135552741",
                "подразделение", "Кафедра астрофизики",
                "email", journey.email()));
        List<String> findings = new ArrayList<>();

        findings.addAll(search("at the join application form", null));
        journeys.complete(journey, application);
        findings.addAll(search("at the join documents", null));
        journeys.complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        findings.addAll(search("at the signing code", null));
        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(),
                mails.lastCode(journey.email())));
        jobs.runDue(journey.businessKey());
        Task review = journeys.taskOf(journey, Elements.REVIEW_JOIN_APPLICATION);
        assertThat(review).as("waiting for the review").isNotNull();
        findings.addAll(search("at the review", review));
        assertThat(labelsOf(review)).as("the labels the ADR allows are there")
                .containsEntry(Variables.APPLICANT_NAME_LABEL.getName(), "Ферапонтова Евдокия Златославовна");
        assertThat(allowed).as("and the search finds them").contains("фамилия in act_ru_variable.text_");
        assertThat(bytesContaining("Рассмотрение заявления о вступлении")).as("the search reads byte arrays as text")
                .isNotEmpty();

        String reviewer = reviewerOf(review);
        decide(reviewer, review, Map.of("decision", "reject", "rejectionReason", "Укажите подразделение полностью."));
        jobs.runDue(journey.businessKey());
        findings.addAll(search("at the join application form after a rejection", null));

        journeys.complete(journey, application);
        journeys.complete(journey, Map.of());
        jobs.runDue(journey.businessKey());
        journeys.complete(journey, Map.of(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(),
                mails.lastCode(journey.email())));
        jobs.runDue(journey.businessKey());
        review = journeys.taskOf(journey, Elements.REVIEW_JOIN_APPLICATION);
        findings.addAll(search("at the second review", review));
        decide(reviewer, review, Map.of("decision", "approve"));
        jobs.runDue(journey.businessKey());
        assertThat(jdbc.sql("SELECT count(*) FROM public.act_ru_execution WHERE business_key_ = :key")
                .param("key", journey.businessKey()).query(Integer.class).single()).as("the journey ended").isZero();
        findings.addAll(search("after admission", null));

        assertThat(findings).isEmpty();
    }

    /** Where the applicant's data occur in the engine's tables, but the review task's labels (when one waits). */
    private List<String> search(String when, Task review) {
        List<String> found = new ArrayList<>();
        Map<String, List<String>> textColumns = jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name LIKE 'act\\_%'
                          AND data_type IN ('character varying', 'text', 'character')
                        """).query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list().stream()
                .collect(Collectors.groupingBy(Map.Entry::getKey,
                        Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        assertThat(textColumns).as("the engine's tables are where we look")
                .containsKeys("act_ru_variable", "act_ru_task", "act_hi_taskinst", "act_hi_op_log", "act_ru_job");
        List<String> patterns = applicantData.values().stream().map(value -> "%" + value + "%").toList();
        textColumns.forEach((table, columns) -> {
            String anyColumn = columns.stream().map(column -> column + " ILIKE ANY (ARRAY[:patterns])")
                    .collect(Collectors.joining(" OR "));
            for (Map<String, Object> row : jdbc.sql("SELECT * FROM public." + table + " WHERE " + anyColumn)
                    .param("patterns", patterns).query().listOfRows()) {
                applicantData.forEach((what, value) -> columns.stream()
                        .filter(column -> row.get(column) != null
                                && row.get(column).toString().toLowerCase().contains(value.toLowerCase()))
                        .forEach(column -> {
                            if (isAllowedLabel(table, row, review)) {
                                allowed.add("%s in %s.%s".formatted(what, table, column));
                            } else {
                                found.add("%s: %s in %s.%s (row %s)".formatted(when, what, table, column, row.get("id_")));
                            }
                        }));
            }
        });
        jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name LIKE 'act\\_%' AND data_type = 'bytea'
                        """).query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(column -> applicantData.forEach((what, value) -> rowsWithBytes(column, value)
                        .forEach(id -> found.add("%s: %s in %s.%s (row %s)".formatted(when, what, column.getKey(),
                                column.getValue(), id)))));
        List<String> formFields = List.of(JoinApplicationForm.LAST_NAME.getName(),
                JoinApplicationForm.FIRST_NAME.getName(), JoinApplicationForm.MIDDLE_NAME.getName(),
                JoinApplicationForm.BIRTH_DATE.getName(), JoinApplicationForm.PHONE.getName(),
                JoinApplicationForm.UNIT.getName(), JoinApplicationForm.GENDER.getName(),
                JoinApplicationForm.EMPLOYMENT_TYPE.getName(), JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID.getName());
        jdbc.sql("SELECT name_ FROM public.act_ru_variable WHERE proc_inst_id_ IN (SELECT proc_inst_id_ FROM "
                        + "public.act_ru_execution WHERE business_key_ = :key) AND name_ IN (:fields)")
                .param("key", journey.businessKey()).param("fields", formFields).query(String.class).list()
                .forEach(name -> found.add("%s: a variable %s".formatted(when, name)));
        return found;
    }

    private List<String> rowsWithBytes(Map.Entry<String, String> column, String value) {
        return jdbc.sql("SELECT id_ FROM public." + column.getKey() + " WHERE position(convert_to(:value, 'UTF8') in "
                + column.getValue() + ") > 0").param("value", value).query(String.class).list();
    }

    private List<String> bytesContaining(String value) {
        return rowsWithBytes(Map.entry("act_ge_bytearray", "bytes_"), value);
    }

    private static boolean isAllowedLabel(String table, Map<String, Object> row, Task review) {
        return review != null && table.equals("act_ru_variable") && review.getId().equals(row.get("task_id_"))
                && LABELS.contains((String) row.get("name_"));
    }

    private Map<String, Object> labelsOf(Task review) {
        Map<String, Object> labels = new HashMap<>();
        jdbc.sql("SELECT name_, text_ FROM public.act_ru_variable WHERE task_id_ = :task").param("task", review.getId())
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list()
                .forEach(entry -> labels.put(entry.getKey(), entry.getValue()));
        return labels;
    }

    /** As Tasklist does it: the reviewer, signed in, claims the task and submits its form. */
    private void decide(String reviewer, Task review, Map<String, Object> answer) {
        identity.setAuthentication(reviewer, identity.createGroupQuery().groupMember(reviewer).list().stream()
                .map(Group::getId).toList());
        tasks.claim(review.getId(), reviewer);
        forms.submitTaskForm(review.getId(), answer);
        identity.clearAuthentication();
    }

    /** A reviewer of the primary organisation the review task went to. */
    private String reviewerOf(Task review) {
        String reviewer = "privacy" + System.nanoTime();
        User user = identity.newUser(reviewer);
        user.setPassword("Проверяющий-2026");
        identity.saveUser(user);
        tasks.getIdentityLinksForTask(review.getId()).stream().map(IdentityLink::getGroupId)
                .filter(group -> group != null).forEach(group -> identity.createMembership(reviewer, group));
        return reviewer;
    }

    private Map<String, Object> application() {
        long school = organisations.search(SCHOOL, 5).stream().filter(hit -> SCHOOL.equals(hit.shortName()))
                .findFirst().orElseThrow().id();
        Map<String, Object> form = new HashMap<>(Journeys.joinApplication(school));
        form.put(JoinApplicationForm.LAST_NAME.getName(), "Ферапонтова");
        form.put(JoinApplicationForm.FIRST_NAME.getName(), "Евдокия");
        form.put(JoinApplicationForm.MIDDLE_NAME.getName(), "Златославовна");
        form.put(JoinApplicationForm.BIRTH_DATE.getName(), "1991-07-23");
        form.put(JoinApplicationForm.PHONE.getName(), "+7 (913) 555-27-41");
        form.put(JoinApplicationForm.UNIT.getName(), "Кафедра астрофизики");
        return form;
    }
}
