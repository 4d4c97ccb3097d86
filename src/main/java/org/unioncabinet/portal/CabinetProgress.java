package org.unioncabinet.portal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.correction.CorrectionStatements;
import org.unioncabinet.registration.RegistrationJourney;

/**
 * Where the member stands when no step of theirs is waiting, for {@code /cabinet} and its long poll alike: the
 * registration's stage, unless a correction statement is between its steps (still a draft, its code or PDF on the
 * way), which is «Обрабатываем Ваши данные» whatever the registration's stage.
 */
@Component
class CabinetProgress {

    private final RegistrationJourney journey;
    private final CorrectionStatements corrections;

    CabinetProgress(RegistrationJourney journey, CorrectionStatements corrections) {
        this.journey = journey;
        this.corrections = corrections;
    }

    RegistrationJourney.Progress of(UUID accountId, Optional<CorrectionStatements.StatusLine> correction) {
        boolean correctionUnderWay = correction.filter(line -> line.status().open() && line.submittedAt() == null)
                .isPresent();
        return correctionUnderWay
                ? new RegistrationJourney.Progress(RegistrationJourney.Stage.PROCESSING, null, Optional.empty())
                : journey.progress(accountId);
    }

    RegistrationJourney.Progress of(UUID accountId) {
        return of(accountId, corrections.status(accountId));
    }
}
