package org.unioncabinet.organisation;

/**
 * An educational organisation as search shows it.
 *
 * @param primaryOrganisation the name of its ППО, or null when the directory knows none
 */
public record OrganisationHit(long id, String fullName, String shortName, String inn, String municipality,
        String region, String primaryOrganisation) {

    /**
     * What the member reads in the list of «Образовательная организация», and in the field once chosen:
     * «МБОУ СОШ № 15 г. Васильевска (г. Васильевск, ИНН 5001123457)», the short name and what tells twins apart.
     */
    public String optionLabel() {
        return shortName + " (" + municipality + ", ИНН " + inn + ")";
    }
}
