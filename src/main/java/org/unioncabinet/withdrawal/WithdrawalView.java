package org.unioncabinet.withdrawal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A withdrawal statement as the member's cabinet and the reviewer's page show it: each step with its date. */
public record WithdrawalView(
        UUID id,
        WithdrawalStatus status,
        UUID statementDocumentId,
        Instant createdAt,
        Instant signedAt,
        /* the last day for the organisation's answer (working days), Moscow date */
        LocalDate answerDueOn,
        /* the last day for the destruction, Moscow date */
        LocalDate destructionDueOn,
        String stoppedProcessing,
        Instant answeredAt,
        String destroyedData,
        KeptBasis keptBasis,
        String keptData,
        Instant destructionConfirmedAt,
        String destructionNote,
        Long primaryOrganisationId,
        Long educationalOrganisationId,
        UUID accountId) {

    public String statusLabel() {
        return status.label();
    }

    /** Whether a primary organisation answers it (else the cabinet answered by itself). */
    public boolean hasOrganisation() {
        return primaryOrganisationId != null;
    }

    public String keptBasisLabel() {
        return keptBasis == null ? null : keptBasis.label();
    }

    public List<String> stoppedLines() {
        return lines(stoppedProcessing);
    }

    public List<String> destroyedLines() {
        return lines(destroyedData);
    }

    public List<String> keptLines() {
        return lines(keptData);
    }

    public List<String> noteLines() {
        return lines(destructionNote);
    }

    /** Text written over several lines (a reviewer's answer), as paragraphs. */
    static List<String> lines(String text) {
        return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }
}
