package org.unioncabinet.registration.joining;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.unioncabinet.forms.StepRule;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.registration.ticket.BirthDates;
import org.unioncabinet.registration.RegistrationProcess.Variables;

/** Business checks of form joinApplication: a real date of birth, a Russian phone, an organisation with a ППО. */
@Component
public class JoinApplicationRule implements StepRule {

    static final String NO_ORGANISATION = "Организация не найдена. Обратитесь в первичную профсоюзную организацию, "
            + "которая создана в Вашей образовательной организации.";
    static final String PHONE = "Введите номер телефона, например +7 916 123-45-67.";

    private final OrganisationSearch organisations;
    private final BirthDates birthDates;

    public JoinApplicationRule(OrganisationSearch organisations, BirthDates birthDates) {
        this.organisations = organisations;
        this.birthDates = birthDates;
    }

    @Override
    public String formId() {
        return "joinApplication";
    }

    @Override
    public Map<String, String> check(Map<String, Object> values) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (values.get(Variables.BIRTH_DATE) instanceof String date && !birthDates.plausible(LocalDate.parse(date))) {
            errors.put(Variables.BIRTH_DATE, BirthDates.IMPLAUSIBLE);
        }
        if (values.get(Variables.PHONE) instanceof String phone && Phones.normalize(phone) == null) {
            errors.put(Variables.PHONE, PHONE);
        }
        if (values.get(Variables.EDUCATIONAL_ORGANISATION_ID) instanceof String id && !hasPrimaryOrganisation(id)) {
            errors.put(Variables.EDUCATIONAL_ORGANISATION_ID, NO_ORGANISATION);
        }
        return errors;
    }

    private boolean hasPrimaryOrganisation(String id) {
        try {
            return organisations.unionOf(Long.parseLong(id)).isPresent();
        } catch (NumberFormatException notAnId) {
            return false;
        }
    }
}
