package org.unioncabinet.registration.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess.Variables;

/**
 * Service task «Сообщить первичной профсоюзной организации о заявлении»: its reviewers learn of a new application
 * when it arrives, not when the reminder is due (or in the next daily digest, as each of them chose).
 */
@Component("notifyReviewersDelegate")
public class NotifyReviewersDelegate implements JavaDelegate {

    private final JoinNotices notices;

    public NotifyReviewersDelegate(JoinNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.arrived(Variables.REVIEWER_GROUP.from(execution).get(), Variables.JOIN_APPLICATION_ID.from(execution).get());
    }
}
