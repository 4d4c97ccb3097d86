package org.unioncabinet.documents;

import java.time.LocalDate;

/**
 * What «Заявление об изменении персональных данных» prints: to whom, the record (by its ticket number, and as the
 * registry has it when the member may read it: their own linked record; never for a member not yet linked, who would
 * learn another's data by typing a ticket number), what the member asks for and why, and the attached scan.
 *
 * @param primaryOrganisation the addressee; null when unknown
 * @param oldFullName         null when the member may not read the record
 * @param scanDescription     «Скан документа (PDF, 1,2 МБ)»; null without a scan
 */
public record CorrectionFacts(String primaryOrganisation, String ticketNumber, String oldFullName,
        LocalDate oldBirthDate, String oldEducationalOrganisation, String newFullName, LocalDate newBirthDate,
        String newEducationalOrganisation, String reason, String email, String scanDescription) {

    /** The signer, as the stamp names them: the name the member asks for. */
    public String holderName() {
        return newFullName;
    }
}
