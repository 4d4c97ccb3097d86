package org.unioncabinet.registration.joining;

import static io.holunda.camunda.bpm.data.CamundaBpmData.booleanVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.listVariable;
import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.unioncabinet.system.TextVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The fields of the Camunda Forms of variant 2 that show or take the application (forms/join-application.form,
 * forms/join-documents-review.form), as the portal receives and fills them. They go to the member's
 * {@link JoinApplication}, never to the process.
 */
public final class JoinApplicationForm {

    /** «Заявление о вступлении в Профсоюз». */
    public static final String ID = "joinApplication";
    /** «Проверка данных заявления»: the member reads what the documents were made from. */
    public static final String DOCUMENTS_REVIEW_ID = "joinDocumentsReview";

    public static final VariableFactory<String> LAST_NAME = stringVariable("lastName");
    public static final VariableFactory<String> FIRST_NAME = stringVariable("firstName");
    /** Optional: not everyone has one. */
    public static final VariableFactory<String> MIDDLE_NAME = stringVariable("middleName");
    /** {@code female} or {@code male}. */
    public static final VariableFactory<String> GENDER = stringVariable("gender");
    public static final TextVariable<LocalDate> BIRTH_DATE = TextVariable.isoDate("birthDate");
    /** As typed; normalised to +7XXXXXXXXXX when kept, shown as +7 (912) 345-67-89. */
    public static final VariableFactory<String> PHONE = stringVariable("phone");
    /** The chosen educational organisation (the combobox sends its id as text). */
    public static final TextVariable<Long> EDUCATIONAL_ORGANISATION_ID =
            TextVariable.numericId("educationalOrganisationId");
    /**
     * The options of «Образовательная организация» (its valuesKey) a form shown again starts with: the chosen
     * organisation, as the search lists it, so the field shows its name.
     */
    public static final VariableFactory<List<OrganisationOption>> ORGANISATION_OPTIONS =
            listVariable("organisationOptions", OrganisationOption.class);
    public static final VariableFactory<String> UNIT = stringVariable("unit");
    /** {@code employee} or {@code student}. */
    public static final VariableFactory<String> EMPLOYMENT_TYPE = stringVariable("employmentType");
    public static final VariableFactory<Boolean> PERSONAL_DATA_CONSENT = booleanVariable("personalDataConsent");
    public static final VariableFactory<Boolean> ADVERTISING_CONSENT = booleanVariable("advertisingConsent");
    /** Shown above the form when the member applies again. */
    public static final VariableFactory<String> REJECTION_REASON = stringVariable("rejectionReason");

    // what the documents review shows in words
    public static final VariableFactory<String> BIRTH_DATE_TEXT = stringVariable("birthDateText");
    public static final VariableFactory<String> GENDER_LABEL = stringVariable("genderLabel");
    public static final VariableFactory<String> EMPLOYMENT_TYPE_LABEL = stringVariable("employmentTypeLabel");
    public static final VariableFactory<String> EDUCATIONAL_ORGANISATION_NAME =
            stringVariable("educationalOrganisationName");

    private JoinApplicationForm() {
    }

    /** The application as it is kept: the phone normalised (the form's rule has checked it is a Russian one). */
    static JoinApplications.JoinForm form(VariableMap values) {
        return new JoinApplications.JoinForm(LAST_NAME.from(values).get(), FIRST_NAME.from(values).get(),
                MIDDLE_NAME.from(values).getOrNull(), GENDER.from(values).get(), BIRTH_DATE.find(values).orElseThrow(),
                Phones.normalize(PHONE.from(values).get()), null,
                EDUCATIONAL_ORGANISATION_ID.find(values).orElseThrow(), UNIT.from(values).getOrNull(),
                EMPLOYMENT_TYPE.from(values).get(), ADVERTISING_CONSENT.from(values).getOrDefault(false));
    }

    /**
     * The application as the form shows it again, the phone as people read it; a kept application had the
     * personal-data consent (required).
     */
    static VariableMap values(JoinApplications.Facts facts) {
        JoinApplications.JoinForm form = facts.form();
        VariableMap values = Variables.createVariables();
        LAST_NAME.on(values).set(form.lastName());
        FIRST_NAME.on(values).set(form.firstName());
        MIDDLE_NAME.on(values).set(form.middleName());
        GENDER.on(values).set(form.gender());
        BIRTH_DATE.putInto(values, form.birthDate());
        PHONE.on(values).set(Phones.display(form.phone()));
        EDUCATIONAL_ORGANISATION_ID.putInto(values, form.educationalOrganisationId());
        ORGANISATION_OPTIONS.on(values).set(List.of(new OrganisationOption(
                String.valueOf(form.educationalOrganisationId()), facts.educationalOrganisationOption())));
        UNIT.on(values).set(form.unit());
        EMPLOYMENT_TYPE.on(values).set(form.employmentType());
        PERSONAL_DATA_CONSENT.on(values).set(true);
        ADVERTISING_CONSENT.on(values).set(form.advertising());
        return values;
    }

    /** What «Проверка данных заявления» shows of the application. */
    static VariableMap review(JoinApplications.Facts facts) {
        VariableMap values = values(facts);
        BIRTH_DATE_TEXT.on(values).set(facts.birthDate());
        GENDER_LABEL.on(values).set(facts.genderLabel());
        EMPLOYMENT_TYPE_LABEL.on(values).set(facts.employmentTypeLabel());
        EDUCATIONAL_ORGANISATION_NAME.on(values).set(facts.educationalOrganisationName());
        return values;
    }

    /** One option of a select as form-js reads it: the value sent, the label shown. */
    public record OrganisationOption(String value, String label) {
    }
}
