package org.unioncabinet.registry;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One member in the registry. Read through JPA; written in bulk by {@link RegistryUpsert} and linked to
 * an account by {@link MembershipCheck#link}, both in SQL, so this class has no setters.
 */
@Entity
@Table(name = "registry_member")
public class RegistryMember {

    @Id
    private UUID id;

    private String lastName;

    private String firstName;

    private String middleName;

    private LocalDate birthDate;

    private String ticketNumber;

    private String educationalOrganisation;

    private String primaryOrganisation;

    @Enumerated(EnumType.STRING)
    private MembershipStatus status;

    /** The cabinet account that proved this record is its own; a plain id, as accounts are another feature. */
    private UUID accountId;

    private Instant createdAt;

    private Instant updatedAt;

    protected RegistryMember() {
    }

    public UUID getId() {
        return id;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public String getTicketNumber() {
        return ticketNumber;
    }

    public String getEducationalOrganisation() {
        return educationalOrganisation;
    }

    public String getPrimaryOrganisation() {
        return primaryOrganisation;
    }

    public MembershipStatus getStatus() {
        return status;
    }

    public UUID getAccountId() {
        return accountId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
