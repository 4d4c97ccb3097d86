package org.unioncabinet.organisation;

/**
 * An educational organisation as search shows it.
 *
 * @param primaryOrganisation the name of its ППО, or null when the directory knows none
 */
public record OrganisationHit(long id, String fullName, String shortName, String inn, String municipality,
        String region, String primaryOrganisation) {
}
