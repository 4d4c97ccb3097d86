package org.unioncabinet.registration.ticket;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/** «Мои данные»: every «Проверить данные» of variant 1, as the member typed it and as the registry answered. */
@Component
class TicketCheckDataSection implements MemberDataSection {

    private static final Map<TicketVerification.Result, String> RESULTS = Map.of(
            TicketVerification.Result.MATCH, "Данные подтверждены",
            TicketVerification.Result.MISMATCH, "Данные не совпали",
            TicketVerification.Result.TICKET_TAKEN, "Билет уже связан с другим личным кабинетом",
            TicketVerification.Result.LOCKED_OUT, "Проверка временно недоступна");

    /** A check as the JSON holds it. */
    record CheckData(UUID id, String lastName, String firstName, String middleName, LocalDate birthDate,
            String ticketNumber, Instant createdAt, String result, Instant checkedAt) {
    }

    private final TicketCheckRepository checks;

    TicketCheckDataSection(TicketCheckRepository checks) {
        this.checks = checks;
    }

    @Override
    public int order() {
        return 35;
    }

    @Override
    public DataSection of(UUID accountId) {
        List<TicketCheck> all = checks.findByAccountIdOrderByCreatedAtDesc(accountId);
        return new DataSection("membershipChecks", "Проверки электронного профсоюзного билета", "Проверок не было.",
                all.stream().map(check -> {
                    var claim = check.claim();
                    return new DataSection.Rows()
                            .add("Фамилия", claim.lastName())
                            .add("Имя", claim.firstName())
                            .add("Отчество", claim.middleName())
                            .date("Дата рождения", claim.birthDate())
                            .add("Номер электронного профсоюзного билета", claim.ticketNumber())
                            .moment("Введено", check.getCreatedAt())
                            .add("Результат", check.getResult() == null ? null : RESULTS.get(check.getResult()))
                            .moment("Проверено", check.getCheckedAt())
                            .item("Проверка данных");
                }).toList(),
                all.stream().map(check -> {
                    var claim = check.claim();
                    return new CheckData(check.getId(), claim.lastName(), claim.firstName(), claim.middleName(),
                            claim.birthDate(), claim.ticketNumber(), check.getCreatedAt(),
                            check.getResult() == null ? null : check.getResult().name(), check.getCheckedAt());
                }).toList());
    }
}
