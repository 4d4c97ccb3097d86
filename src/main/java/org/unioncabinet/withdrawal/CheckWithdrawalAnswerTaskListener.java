package org.unioncabinet.withdrawal;

import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.DESTROYED_DATA;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.KEPT_BASIS;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.KEPT_DATA;
import static org.unioncabinet.withdrawal.ConsentWithdrawalProcess.Variables.WITHDRAWAL_ID;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.reviewer.ReviewTaskSnapshots;

/**
 * On completing «Ответ на отзыв согласия»: Tasklist sends the answer straight to the engine, so it is checked here
 * (what was destroyed is said; a basis is chosen; what is kept is said unless nothing is), then recorded on the
 * statement's row with who and when, in the same transaction, and removed from the process. A completion that changed
 * anything but the answer is refused; a refusal keeps the task open with the Russian message in Tasklist.
 */
@Component("checkWithdrawalAnswerTaskListener")
public class CheckWithdrawalAnswerTaskListener implements TaskListener {

    private final ConsentWithdrawals withdrawals;
    private final ReviewTaskSnapshots snapshots;

    public CheckWithdrawalAnswerTaskListener(ConsentWithdrawals withdrawals, ReviewTaskSnapshots snapshots) {
        this.withdrawals = withdrawals;
        this.snapshots = snapshots;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!snapshots.unchanged(task, ConsentWithdrawalProcess.ANSWER)) {
            throw ReviewerAnswers.refused(DESTROYED_DATA.getName(), "Изменить можно только ответ. "
                    + "Обновите страницу и ответьте ещё раз.");
        }
        Optional<String> destroyed = ReviewerAnswers.text(DESTROYED_DATA.find(task), DESTROYED_DATA.getName(),
                "Что уничтожено");
        if (destroyed.isEmpty()) {
            throw ReviewerAnswers.refused(DESTROYED_DATA.getName(),
                    "Укажите, какие персональные данные уничтожены или будут уничтожены: это увидит член Профсоюза.");
        }
        Optional<KeptBasis> basis = KEPT_BASIS.find(task);
        if (basis.isEmpty()) {
            throw ReviewerAnswers.refused(KEPT_BASIS.getName(),
                    "Выберите основание, по которому данные хранятся, или «Ничего не хранится».");
        }
        Optional<String> kept = ReviewerAnswers.text(KEPT_DATA.find(task), KEPT_DATA.getName(), "Что хранится");
        if (basis.get() != KeptBasis.NONE && kept.isEmpty()) {
            throw ReviewerAnswers.refused(KEPT_DATA.getName(),
                    "Укажите, какие данные хранятся и почему: это увидит член Профсоюза.");
        }
        withdrawals.answer(WITHDRAWAL_ID.from(task).get(), destroyed.get(), basis.get(),
                basis.get() == KeptBasis.NONE ? null : kept.orElse(null), ReviewerAnswers.reviewer(task));
        DESTROYED_DATA.remove(task);
        KEPT_DATA.remove(task);
        KEPT_BASIS.remove(task);
        snapshots.forget(task);
    }
}
