package org.unioncabinet.emailchange;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Service task «Закрыть устаревший запрос». */
@Component("expireEmailChangeDelegate")
public class ExpireEmailChangeDelegate implements JavaDelegate {

    private final EmailChange emailChange;

    public ExpireEmailChangeDelegate(EmailChange emailChange) {
        this.emailChange = emailChange;
    }

    @Override
    public void execute(DelegateExecution execution) {
        emailChange.expire(EmailChangeProcess.Variables.EMAIL_CHANGE_ID.from(execution).get());
    }
}
