package org.unioncabinet.registration.funnel;

import java.time.Instant;

/**
 * Which journeys the funnel counts: those that started in {@code [from, to)}, optionally only those whose
 * join application names an organisation of a region or one primary organisation (so these two filters
 * see variant 2 only: variant 1 members come with a registry entry, not with a directory organisation).
 */
public record FunnelQuery(Instant from, Instant to, Short regionId, Long primaryOrganisationId) {

    public boolean byOrganisation() {
        return regionId != null || primaryOrganisationId != null;
    }
}
