package org.unioncabinet.reviewer;

/** Names shared with {@code processes/reviewer-invitation.bpmn}; business key = the reviewer's Camunda user id. */
public final class ReviewerInvitationProcess {

    public static final String KEY = "reviewerInvitation";
    public static final String SEND_PASSWORD_LINK = "serviceTask_sendReviewerPasswordLink";

    private ReviewerInvitationProcess() {
    }
}
