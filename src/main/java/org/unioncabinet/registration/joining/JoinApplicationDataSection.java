package org.unioncabinet.registration.joining;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/** «Мои данные»: every application to join, drafts included, with all the member typed and what became of it. */
@Component
class JoinApplicationDataSection implements MemberDataSection {

    /** An application as the JSON holds it. */
    record ApplicationData(UUID id, String status, String lastName, String firstName, String middleName,
            String gender, LocalDate birthDate, String phone, String educationalOrganisation,
            String primaryOrganisation, String unit, String employmentType, boolean advertisingConsent,
            Instant createdAt, Instant updatedAt, Instant submittedAt, Instant decidedAt, String rejectionReason,
            String ticketNumber) {
    }

    private final JoinApplicationRepository repository;
    private final JoinApplications applications;

    JoinApplicationDataSection(JoinApplicationRepository repository, JoinApplications applications) {
        this.repository = repository;
        this.applications = applications;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public DataSection of(UUID accountId) {
        List<DataSection.Item> items = new ArrayList<>();
        List<ApplicationData> data = new ArrayList<>();
        for (JoinApplication application : repository.findByAccountIdOrderByCreatedAtDesc(accountId)) {
            JoinApplications.Facts facts = applications.facts(accountId, application.getId()).orElseThrow();
            JoinApplications.JoinForm form = facts.form();
            items.add(new DataSection.Rows()
                    .add("Статус", application.getStatus().label())
                    .add("Фамилия", form.lastName())
                    .add("Имя", form.firstName())
                    .add("Отчество", form.middleName())
                    .add("Пол", facts.genderLabel())
                    .date("Дата рождения", form.birthDate())
                    .add("Телефон", facts.phoneText())
                    .add("Образовательная организация", facts.educationalOrganisationName())
                    .add("Первичная профсоюзная организация", facts.primaryOrganisationName())
                    .add("Структурное подразделение", form.unit())
                    .add("Тип занятости", facts.employmentTypeLabel())
                    .add("Согласие на получение информационных и рекламных сообщений",
                            form.advertising() ? "Да" : "Нет")
                    .moment("Заполнено", application.getCreatedAt())
                    .moment("Изменено", application.getUpdatedAt())
                    .moment("Подписано и подано", application.getSubmittedAt())
                    .moment("Решение принято", application.getDecidedAt())
                    .add("Причина отказа", application.getRejectionReason())
                    .add("Выданный номер электронного профсоюзного билета", application.getTicketNumber())
                    .item("Заявление о вступлении в Профсоюз"));
            data.add(new ApplicationData(application.getId(), application.getStatus().name(), form.lastName(),
                    form.firstName(), form.middleName(), form.gender(), form.birthDate(), form.phone(),
                    facts.educationalOrganisationName(), facts.primaryOrganisationName(), form.unit(),
                    form.employmentType(), form.advertising(), application.getCreatedAt(), application.getUpdatedAt(),
                    application.getSubmittedAt(), application.getDecidedAt(), application.getRejectionReason(),
                    application.getTicketNumber()));
        }
        return new DataSection("joinApplications", "Заявления о вступлении в Профсоюз", "Заявлений нет.", items, data);
    }
}
