package org.unioncabinet.withdrawal;

import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.DESTRUCTION_DONE;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.DESTRUCTION_NOTE;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;

/**
 * On completing «Подтверждение уничтожения персональных данных»: the reviewer confirms that what the answer named is
 * destroyed (the box ticked), with an optional note; recorded on the statement's row with who and when. Anything else
 * changed refuses the completion, as does an unticked box.
 */
@Component("checkDestructionTaskListener")
public class CheckDestructionTaskListener implements TaskListener {

    private final ConsentWithdrawals withdrawals;
    private final ReviewTaskSnapshots snapshots;

    public CheckDestructionTaskListener(ConsentWithdrawals withdrawals, ReviewTaskSnapshots snapshots) {
        this.withdrawals = withdrawals;
        this.snapshots = snapshots;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!snapshots.unchanged(task, ConsentWithdrawalProcess.DESTRUCTION_ANSWER)) {
            throw ReviewerAnswers.refused(DESTRUCTION_DONE.getName(), "Изменить можно только подтверждение. "
                    + "Обновите страницу и подтвердите ещё раз.");
        }
        if (!ticked(task)) {
            throw ReviewerAnswers.refused(DESTRUCTION_DONE.getName(),
                    "Отметьте, что персональные данные уничтожены: без этого задача не завершится.");
        }
        String note = ReviewerAnswers.text(DESTRUCTION_NOTE.find(task), DESTRUCTION_NOTE.getName(), "Примечание")
                .orElse(null);
        withdrawals.confirmDestruction(WITHDRAWAL_ID.from(task).get(), note, ReviewerAnswers.reviewer(task));
        DESTRUCTION_NOTE.remove(task);
        snapshots.forget(task);
    }

    /** A checkbox sends a boolean; anything else (text from a tampered form) is no confirmation. */
    private static boolean ticked(DelegateTask task) {
        try {
            return DESTRUCTION_DONE.from(task).getOptional().orElse(false);
        } catch (RuntimeException notABoolean) {
            return false;
        }
    }
}
