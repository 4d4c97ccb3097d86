package org.unioncabinet.organisation;

/**
 * The union organisations an educational organisation belongs to: its primary organisation (ППО),
 * which reviews applications, and the territorial organisation above it, which gets overdue ones.
 */
public record UnionOrganisations(long primaryId, String primaryName, long territorialId, String territorialName) {
}
