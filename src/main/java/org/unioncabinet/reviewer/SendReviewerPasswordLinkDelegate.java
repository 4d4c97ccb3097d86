package org.unioncabinet.reviewer;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Отправить ссылку для задания пароля». */
@Component("sendReviewerPasswordLinkDelegate")
class SendReviewerPasswordLinkDelegate implements JavaDelegate {

    private final ReviewerInvitations invitations;

    SendReviewerPasswordLinkDelegate(ReviewerInvitations invitations) {
        this.invitations = invitations;
    }

    @Override
    public void execute(DelegateExecution execution) {
        invitations.sendLink(execution.getProcessBusinessKey());
    }
}
