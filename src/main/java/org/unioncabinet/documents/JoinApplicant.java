package org.unioncabinet.documents;

import java.time.LocalDate;
import java.util.Map;

/**
 * The data of someone applying to join the union (variant 2), as entered, filled into the application and
 * its personal-data consent.
 *
 * @param middleName may be empty: not everyone has a patronymic
 * @param gender {@code "female"} or {@code "male"}
 * @param unit the structural unit of the educational organisation; null or empty when there is none
 * @param employmentType {@code "employee"} or {@code "student"}
 */
public record JoinApplicant(String lastName, String firstName, String middleName, String gender, LocalDate birthDate,
        String phone, String email, String educationalOrganisation, String primaryOrganisation, String unit,
        String employmentType) {

    private static final Map<String, String> GENDERS = Map.of("female", "Женский", "male", "Мужской");
    private static final Map<String, String> EMPLOYMENT_TYPES = Map.of("employee", "Работник", "student", "Обучающийся");

    /** An unknown gender or employment type would print nothing in the document, so it is refused here. */
    public JoinApplicant {
        if (gender == null || !GENDERS.containsKey(gender)) {
            throw new IllegalArgumentException("Gender must be female or male, not " + gender);
        }
        if (employmentType == null || !EMPLOYMENT_TYPES.containsKey(employmentType)) {
            throw new IllegalArgumentException("Employment type must be employee or student, not " + employmentType);
        }
    }

    /** The personal-data consent's subject: the same person; no e-ticket yet. */
    public DocumentHolder holder() {
        return new DocumentHolder(lastName, firstName, middleName, birthDate, email, null);
    }

    /** «Пол» as the application prints it. */
    public String genderLabel() {
        return GENDERS.get(gender);
    }

    /** «Тип занятости» as the application prints it. */
    public String employmentTypeLabel() {
        return EMPLOYMENT_TYPES.get(employmentType);
    }
}
