package org.unioncabinet.benchmark;

import static org.unioncabinet.registration.RegistrationProcess.Variables.ADVERTISING_CONSENT;
import static org.unioncabinet.registration.RegistrationProcess.Variables.HAS_TICKET;
import static org.unioncabinet.registration.RegistrationProcess.Variables.PERSONAL_DATA_CONSENT;
import static org.unioncabinet.registration.joining.JoinApplicationForm.EDUCATIONAL_ORGANISATION_ID;
import static org.unioncabinet.registration.joining.JoinApplicationForm.EMPLOYMENT_TYPE;
import static org.unioncabinet.registration.joining.JoinApplicationForm.GENDER;
import static org.unioncabinet.registration.joining.JoinApplicationForm.PHONE;
import static org.unioncabinet.registration.ticket.TicketDataForm.BIRTH_DATE;
import static org.unioncabinet.registration.ticket.TicketDataForm.FIRST_NAME;
import static org.unioncabinet.registration.ticket.TicketDataForm.LAST_NAME;
import static org.unioncabinet.registration.ticket.TicketDataForm.MIDDLE_NAME;
import static org.unioncabinet.registration.ticket.TicketDataForm.TICKET_NUMBER;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.unioncabinet.signing.DocumentSigningProcess;

/**
 * What one benchmark member types into each step, keyed by the step's Camunda Form id, so that the
 * cabinet over HTTP and the bare engine complete their tasks with the same data.
 */
public final class MemberData {

    static final String LAST_NAME_VALUE = "Соколова";
    static final String FIRST_NAME_VALUE = "Мария";
    static final String MIDDLE_NAME_VALUE = "Ивановна";
    static final LocalDate BIRTH_DATE_VALUE = LocalDate.of(1996, 4, 12);
    /**
     * The school a joining member applies to: its short name as the options show it, and what she types, request by
     * request, before she picks it.
     */
    public record School(String shortName, List<String> typed) {
    }

    /** The organisation every joining benchmark member picks: its demo reviewer approves in Tasklist. */
    static final School DEMO_SCHOOL = new School("МБОУ СОШ № 15 г. Васильевска",
            List.of("сош", "сош 15", "сош 15 васильевск"));

    final boolean hasTicket;
    /** Unique per member; its own domain lets the member's inbox be read without parsing everyone's mail. */
    public final String email;
    /**
     * A member with a ticket is the registry's; a joining member's surname is unique, so that the reviewer finds
     * her application in Tasklist by the applicant's name, as a reviewer would.
     */
    final String lastName;
    final String ticketNumber;
    final School school;
    String organisationId = "0";
    String confirmationCode = "";

    MemberData(boolean hasTicket, String ticketNumber) {
        this(hasTicket, ticketNumber, DEMO_SCHOOL);
    }

    /** A member who applies to that school (variant 2: no ticket). */
    public static MemberData joining(School school) {
        return new MemberData(false, null, school);
    }

    private MemberData(boolean hasTicket, String ticketNumber, School school) {
        this.school = school;
        String id = UUID.randomUUID().toString().substring(0, 12);
        this.hasTicket = hasTicket;
        this.email = "member@" + id + ".bench.example.ru";
        this.lastName = hasTicket ? LAST_NAME_VALUE : LAST_NAME_VALUE + "-" + cyrillic(id);
        this.ticketNumber = ticketNumber;
    }

    /** The data of the form with this id; steps without fields (documents to read) take none. */
    Map<String, Object> step(String formId) {
        Map<String, Object> data = new HashMap<>();
        switch (formId) {
            case "hasTicketQuestion" -> data.put(HAS_TICKET.getName(), hasTicket ? "yes" : "no");
            case "ticketData" -> {
                putName(data);
                data.put(TICKET_NUMBER.getName(), ticketNumber);
            }
            case "ticketConsents" -> putConsents(data);
            case "joinApplication" -> {
                putName(data);
                data.put(GENDER.getName(), "female");
                data.put(PHONE.getName(), "8 (916) 123-45-67");
                data.put(EDUCATIONAL_ORGANISATION_ID.getName(), organisationId);
                data.put(EMPLOYMENT_TYPE.getName(), "employee");
                putConsents(data);
            }
            case "signingCode" -> data.put(DocumentSigningProcess.Variables.CONFIRMATION_CODE.getName(), confirmationCode);
            default -> { }
        }
        return data;
    }

    /** The applicant's name as the application and Tasklist show it. */
    public String fullName() {
        return lastName + " " + FIRST_NAME_VALUE + " " + MIDDLE_NAME_VALUE;
    }

    /** Hexadecimal digits as Cyrillic letters, the only letters a name may have. */
    private static String cyrillic(String hex) {
        String letters = "абвгдежзиклмнопр";
        StringBuilder name = new StringBuilder();
        hex.chars().filter(c -> Character.digit(c, 16) >= 0).forEach(c -> name.append(letters.charAt(Character.digit(c, 16))));
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private void putName(Map<String, Object> data) {
        data.put(LAST_NAME.getName(), lastName);
        data.put(FIRST_NAME.getName(), FIRST_NAME_VALUE);
        data.put(MIDDLE_NAME.getName(), MIDDLE_NAME_VALUE);
        data.put(BIRTH_DATE.getName(), BIRTH_DATE_VALUE.toString());
    }

    private static void putConsents(Map<String, Object> data) {
        data.put(PERSONAL_DATA_CONSENT.getName(), true);
        data.put(ADVERTISING_CONSENT.getName(), false);
    }
}
