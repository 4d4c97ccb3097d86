package org.unioncabinet.correction;

import static org.unioncabinet.correction.CorrectionStatementForm.BIRTH_DATE;
import static org.unioncabinet.correction.CorrectionStatementForm.EDUCATIONAL_ORGANISATION_ID;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;
import org.unioncabinet.correction.PersonalDataCorrectionProcess.Forms;
import org.unioncabinet.forms.StepRule;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.system.DisplayDates;

/**
 * Business checks of «Заявление об изменении персональных данных»: a real date of birth (14 to 110 years ago, as for
 * joining) and an organisation with a ППО; the form's own rules (and the portal's check of every text field) see to
 * the rest.
 */
@Component
class CorrectionStatementRule implements StepRule {

    static final String IMPLAUSIBLE = "Укажите настоящую дату рождения.";
    static final String NO_ORGANISATION = "Организация не найдена. Обратитесь в первичную профсоюзную организацию, "
            + "которая создана в Вашей образовательной организации.";

    private final OrganisationSearch organisations;
    private final Clock clock;

    CorrectionStatementRule(OrganisationSearch organisations, Clock clock) {
        this.organisations = organisations;
        this.clock = clock;
    }

    @Override
    public String formId() {
        return Forms.STATEMENT;
    }

    @Override
    public Map<String, String> check(VariableMap values) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (BIRTH_DATE.find(values).filter(date -> !plausible(date)).isPresent()) {
            errors.put(BIRTH_DATE.getName(), IMPLAUSIBLE);
        }
        if (EDUCATIONAL_ORGANISATION_ID.isGivenIn(values)
                && EDUCATIONAL_ORGANISATION_ID.find(values).flatMap(organisations::unionOf).isEmpty()) {
            errors.put(EDUCATIONAL_ORGANISATION_ID.getName(), NO_ORGANISATION);
        }
        return errors;
    }

    private boolean plausible(LocalDate birthDate) {
        LocalDate today = LocalDate.now(clock.withZone(DisplayDates.MOSCOW));
        return !birthDate.isAfter(today.minusYears(14)) && birthDate.isAfter(today.minusYears(110));
    }
}
