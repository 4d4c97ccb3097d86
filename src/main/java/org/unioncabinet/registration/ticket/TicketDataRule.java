package org.unioncabinet.registration.ticket;

import static org.unioncabinet.registration.ticket.TicketDataForm.BIRTH_DATE;
import static org.unioncabinet.registration.ticket.TicketDataForm.TICKET_NUMBER;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
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
        return TicketDataForm.ID;
    }

    @Override
    public Map<String, String> check(VariableMap values) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (BIRTH_DATE.find(values).filter(date -> !birthDates.plausible(date)).isPresent()) {
            errors.put(BIRTH_DATE.getName(), BirthDates.IMPLAUSIBLE);
        }
        if (TICKET_NUMBER.from(values).getOptional()
                .filter(number -> number.length() > TicketDataForm.MAX_TYPED || !TicketNumber.isWellFormed(number))
                .isPresent()) {
            errors.put(TICKET_NUMBER.getName(), TICKET_DIGITS);
        }
        return errors;
    }
}
