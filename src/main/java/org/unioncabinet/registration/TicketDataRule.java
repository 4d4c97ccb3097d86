package org.unioncabinet.registration;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unioncabinet.forms.StepRule;
import org.unioncabinet.registry.TicketNumber;

/** Business checks of form ticketData beyond its own rules: a real date of birth, a 16-digit ticket. */
@Component
public class TicketDataRule implements StepRule {

    static final String IMPLAUSIBLE_BIRTH_DATE = "Укажите настоящую дату рождения.";
    static final String TICKET_DIGITS = "Номер билета состоит из 16 цифр.";
    /** Members are pupils of vocational schools at the youngest. */
    static final int MIN_AGE = 14;
    static final int MAX_AGE = 110;

    private final Clock clock;

    public TicketDataRule(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String formId() {
        return "ticketData";
    }

    @Override
    public Map<String, String> check(Map<String, Object> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        Object birthDate = values.get(RegistrationProcess.Variables.BIRTH_DATE);
        if (birthDate instanceof String date && !plausibleBirthDate(LocalDate.parse(date))) {
            errors.put(RegistrationProcess.Variables.BIRTH_DATE, IMPLAUSIBLE_BIRTH_DATE);
        }
        Object ticket = values.get(RegistrationProcess.Variables.TICKET_NUMBER);
        if (ticket instanceof String number && !TicketNumber.isWellFormed(number)) {
            errors.put(RegistrationProcess.Variables.TICKET_NUMBER, TICKET_DIGITS);
        }
        return errors;
    }

    private boolean plausibleBirthDate(LocalDate birthDate) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of("Europe/Moscow")));
        return !birthDate.isAfter(today.minusYears(MIN_AGE)) && birthDate.isAfter(today.minusYears(MAX_AGE));
    }
}
