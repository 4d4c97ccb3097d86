package org.unioncabinet.registration.ticket;

import static io.holunda.camunda.bpm.data.CamundaBpmData.stringVariable;

import java.time.LocalDate;

import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.unioncabinet.registry.MembershipClaim;
import org.unioncabinet.system.TextVariable;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * The fields of the Camunda Form {@code ticketData} (forms/ticket-data.form, «Проверить данные»), as the portal
 * receives them. They go to the member's {@link TicketCheck}, never to the process.
 */
public final class TicketDataForm {

    public static final String ID = "ticketData";
    /** 16 digits and a separator or two between each: more is not a ticket number typed by hand. */
    public static final int MAX_TYPED = 40;

    public static final VariableFactory<String> LAST_NAME = stringVariable("lastName");
    public static final VariableFactory<String> FIRST_NAME = stringVariable("firstName");
    /** Optional: not everyone has one. */
    public static final VariableFactory<String> MIDDLE_NAME = stringVariable("middleName");
    public static final TextVariable<LocalDate> BIRTH_DATE = TextVariable.isoDate("birthDate");
    /** 16 digits, typed with spaces or dashes if the member likes; at most {@link #MAX_TYPED} characters. */
    public static final VariableFactory<String> TICKET_NUMBER = stringVariable("ticketNumber");

    private TicketDataForm() {
    }

    /** The claim as typed; the registry's check ignores the separators in the number. */
    static MembershipClaim claim(VariableMap values) {
        return new MembershipClaim(LAST_NAME.from(values).get(), FIRST_NAME.from(values).get(),
                MIDDLE_NAME.from(values).getOrNull(), BIRTH_DATE.find(values).orElseThrow(),
                TICKET_NUMBER.from(values).get());
    }

    /** The claim as the form shows it again: as it was typed. */
    static VariableMap values(MembershipClaim claim) {
        VariableMap values = Variables.createVariables();
        LAST_NAME.on(values).set(claim.lastName());
        FIRST_NAME.on(values).set(claim.firstName());
        MIDDLE_NAME.on(values).set(claim.middleName());
        BIRTH_DATE.putInto(values, claim.birthDate());
        TICKET_NUMBER.on(values).set(claim.ticketNumber());
        return values;
    }
}
