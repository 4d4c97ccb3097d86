package org.unioncabinet.withdrawal;

/** The primary organisation that answers a withdrawal, the school it was found by, and where it escalates to. */
record ReviewingOrganisation(long primaryOrganisationId, String primaryName, long educationalOrganisationId,
        long territorialOrganisationId) {
}
