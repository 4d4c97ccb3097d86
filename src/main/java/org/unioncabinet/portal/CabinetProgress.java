package org.unioncabinet.portal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.correction.CorrectionStatements;
import org.unioncabinet.registration.RegistrationJourney;
import org.unioncabinet.withdrawal.ConsentWithdrawals;

/**
 * Where the member stands when no step of theirs is waiting, for {@code /cabinet} and its long poll alike: the
 * registration's stage, unless a correction statement or a consent withdrawal is between its steps (still a draft or
 * unsigned, its code, PDF or recording on the way), which is «Обрабатываем Ваши данные» whatever the registration's
 * stage. A signed withdrawal is its own page ({@code cabinet/withdrawal}), never the wait.
 */
@Component
class CabinetProgress {

    private final RegistrationJourney journey;
    private final CorrectionStatements corrections;
    private final ConsentWithdrawals withdrawals;

    CabinetProgress(RegistrationJourney journey, CorrectionStatements corrections, ConsentWithdrawals withdrawals) {
        this.journey = journey;
        this.corrections = corrections;
        this.withdrawals = withdrawals;
    }

    RegistrationJourney.Progress of(UUID accountId, Optional<CorrectionStatements.StatusLine> correction) {
        boolean correctionUnderWay = correction.filter(line -> line.status().open() && line.submittedAt() == null)
                .isPresent();
        return correctionUnderWay || withdrawals.underWay(accountId)
                ? new RegistrationJourney.Progress(RegistrationJourney.Stage.PROCESSING, null, Optional.empty())
                : journey.progress(accountId);
    }

    RegistrationJourney.Progress of(UUID accountId) {
        return of(accountId, corrections.status(accountId));
    }

    /** Whether {@code /cabinet}, with no step of the member waiting, shows «Обрабатываем Ваши данные». */
    boolean processing(UUID accountId) {
        return withdrawals.signedOf(accountId).isEmpty()
                && of(accountId).stage() == RegistrationJourney.Stage.PROCESSING;
    }
}
