package org.unioncabinet.registry;

import java.time.LocalDate;
import java.util.StringJoiner;

/** A member's registry record as their cabinet shows it. */
public record RegistryMemberView(
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        String ticketNumber,
        String educationalOrganisation,
        String primaryOrganisation,
        MembershipStatus status) {

    static RegistryMemberView of(RegistryMember member) {
        return new RegistryMemberView(member.getLastName(), member.getFirstName(), member.getMiddleName(),
                member.getBirthDate(), member.getTicketNumber(), member.getEducationalOrganisation(),
                member.getPrimaryOrganisation(), member.getStatus());
    }

    /** «Воробьёва Анна Сергеевна», or without the отчество when there is none. */
    public String fullName() {
        StringJoiner name = new StringJoiner(" ").add(lastName).add(firstName);
        if (middleName != null) {
            name.add(middleName);
        }
        return name.toString();
    }

    /** «Состоит на учёте» or «Выбыл». */
    public String statusLabel() {
        return status.label();
    }

    /** The ticket number in groups of four, as printed on the ticket. */
    public String formattedTicketNumber() {
        return new TicketNumber(ticketNumber).formatted();
    }
}
