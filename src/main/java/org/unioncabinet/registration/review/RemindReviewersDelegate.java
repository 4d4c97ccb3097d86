package org.unioncabinet.registration.review;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.unioncabinet.mail.MailTemplate;
import org.unioncabinet.registration.RegistrationProcess.Variables;

/** Service task «Напомнить первичной профсоюзной организации». */
@Component("remindReviewersDelegate")
public class RemindReviewersDelegate implements JavaDelegate {

    private final JoinNotices notices;

    public RemindReviewersDelegate(JoinNotices notices) {
        this.notices = notices;
    }

    @Override
    public void execute(DelegateExecution execution) {
        notices.waiting(Variables.REVIEWER_GROUP.from(execution).get(), MailTemplate.REVIEW_REMINDER,
                Variables.JOIN_APPLICATION_ID.from(execution).get());
    }
}
