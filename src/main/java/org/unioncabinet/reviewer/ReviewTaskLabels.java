package org.unioncabinet.reviewer;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The labels every review task carries as its own (task-local) variables, whatever it reviews: the filter «Заявления
 * моей организации» lists them as columns, so a reviewer tells the statements apart without opening each, and the
 * review forms name them. They are all the engine holds of an applicant (docs/adr/0013), gone with the task.
 */
public final class ReviewTaskLabels {

    /** Who filed the statement. */
    public static final VariableFactory<String> APPLICANT_NAME = stringVariable("applicantName");
    /** Their school. */
    public static final VariableFactory<String> SCHOOL = stringVariable("applicantSchool");
    /** When it was filed, as a reviewer reads it (Moscow time). */
    public static final VariableFactory<String> SUBMITTED_AT = stringVariable("submittedAtText");
    /** The task's due date (the escalation deadline) as a date a reviewer reads, Moscow time. */
    public static final VariableFactory<String> DEADLINE = stringVariable("reviewDeadlineText");

    private ReviewTaskLabels() {
    }
}
