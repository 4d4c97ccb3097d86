package org.unioncabinet.registry;

import java.time.LocalDate;

/** One valid line of a registry file, cleaned as it will be stored (see {@link Names#clean}). */
record RegistryRow(
        String lastName,
        String firstName,
        String middleName,
        LocalDate birthDate,
        String ticketNumber,
        String educationalOrganisation,
        String primaryOrganisation,
        MembershipStatus status) {
}
