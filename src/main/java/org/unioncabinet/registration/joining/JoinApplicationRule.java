package org.unioncabinet.registration.joining;

import static org.unioncabinet.registration.joining.JoinApplicationForm.BIRTH_DATE;
import static org.unioncabinet.registration.joining.JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID;
import static org.unioncabinet.registration.joining.JoinApplicationForm.PHONE;

import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.unioncabinet.forms.StepRule;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.ticket.BirthDates;

/** Business checks of form joinApplication: a real date of birth, a Russian phone, an organisation with a ППО. */
@Component
public class JoinApplicationRule implements StepRule {

    static final String NO_ORGANISATION = "Организация не найдена. Обратитесь в первичную профсоюзную организацию, "
            + "которая создана в Вашей образовательной организации.";
    static final String PHONE_MESSAGE = "Введите номер телефона, например +7 (916) 123-45-67.";

    private final OrganisationSearch organisations;
    private final BirthDates birthDates;

    public JoinApplicationRule(OrganisationSearch organisations, BirthDates birthDates) {
        this.organisations = organisations;
        this.birthDates = birthDates;
    }

    @Override
    public String formId() {
        return JoinApplicationForm.ID;
    }

    @Override
    public Map<String, String> check(VariableMap values) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (BIRTH_DATE.find(values).filter(date -> !birthDates.plausible(date)).isPresent()) {
            errors.put(BIRTH_DATE.getName(), BirthDates.IMPLAUSIBLE);
        }
        if (PHONE.from(values).getOptional().filter(phone -> Phones.normalize(phone) == null).isPresent()) {
            errors.put(PHONE.getName(), PHONE_MESSAGE);
        }
        if (EDUCATIONAL_ORGANISATION_ID.isGivenIn(values)
                && EDUCATIONAL_ORGANISATION_ID.find(values).flatMap(organisations::unionOf).isEmpty()) {
            errors.put(EDUCATIONAL_ORGANISATION_ID.getName(), NO_ORGANISATION);
        }
        return errors;
    }
}
