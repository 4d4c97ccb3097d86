package org.unioncabinet.registration.ticket;

import org.unioncabinet.registration.RegistrationProcess;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unioncabinet.forms.StepRule;
import org.unioncabinet.registry.TicketNumber;

/** Business checks of form ticketData beyond its own rules: a real date of birth, a 16-digit ticket. */
@Component
public class TicketDataRule implements StepRule {

    static final String TICKET_DIGITS = "Номер билета состоит из 16 цифр.";

    private final BirthDates birthDates;

    public TicketDataRule(BirthDates birthDates) {
        this.birthDates = birthDates;
    }

    @Override
    public String formId() {
        return "ticketData";
    }

    @Override
    public Map<String, String> check(Map<String, Object> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        Object birthDate = values.get(RegistrationProcess.Variables.BIRTH_DATE);
        if (birthDate instanceof String date && !birthDates.plausible(LocalDate.parse(date))) {
            errors.put(RegistrationProcess.Variables.BIRTH_DATE, BirthDates.IMPLAUSIBLE);
        }
        Object ticket = values.get(RegistrationProcess.Variables.TICKET_NUMBER);
        if (ticket instanceof String number && !TicketNumber.isWellFormed(number)) {
            errors.put(RegistrationProcess.Variables.TICKET_NUMBER, TICKET_DIGITS);
        }
        return errors;
    }
}
