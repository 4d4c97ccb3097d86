package org.unioncabinet.registry;

import java.time.LocalDate;

/** What a member types to prove membership (instruction, variant 1): ФИО, date of birth, e-ticket number. */
public record MembershipClaim(String lastName, String firstName, String middleName, LocalDate birthDate,
        String ticketNumber) {
}
