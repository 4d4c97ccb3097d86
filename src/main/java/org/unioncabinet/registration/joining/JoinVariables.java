package org.unioncabinet.registration.joining;

import static org.unioncabinet.registration.RegistrationProcess.Variables.ADVERTISING_CONSENT;
import static org.unioncabinet.registration.RegistrationProcess.Variables.BIRTH_DATE;
import static org.unioncabinet.registration.RegistrationProcess.Variables.EDUCATIONAL_ORGANISATION_ID;
import static org.unioncabinet.registration.RegistrationProcess.Variables.EMPLOYMENT_TYPE;
import static org.unioncabinet.registration.RegistrationProcess.Variables.FIRST_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.GENDER;
import static org.unioncabinet.registration.RegistrationProcess.Variables.LAST_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.MIDDLE_NAME;
import static org.unioncabinet.registration.RegistrationProcess.Variables.PHONE;
import static org.unioncabinet.registration.RegistrationProcess.Variables.UNIT;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the join application form's variables, typed, in one place. */
public final class JoinVariables {

    private JoinVariables() {
    }

    public static JoinApplications.JoinForm form(VariableScope scope) {
        return new JoinApplications.JoinForm(text(scope, LAST_NAME), text(scope, FIRST_NAME), text(scope, MIDDLE_NAME),
                text(scope, GENDER), LocalDate.parse(text(scope, BIRTH_DATE)), text(scope, PHONE),
                organisationId(scope), text(scope, UNIT), text(scope, EMPLOYMENT_TYPE),
                Boolean.TRUE.equals(scope.getVariable(ADVERTISING_CONSENT)));
    }

    public static long organisationId(VariableScope scope) {
        return Long.parseLong(text(scope, EDUCATIONAL_ORGANISATION_ID));
    }

    public static String text(VariableScope scope, String name) {
        return (String) scope.getVariable(name);
    }
}
