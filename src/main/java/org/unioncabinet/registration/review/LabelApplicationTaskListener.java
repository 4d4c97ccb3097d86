package org.unioncabinet.registration.review;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.unioncabinet.registration.RegistrationProcess.Variables;

import io.holunda.camunda.bpm.data.factory.VariableFactory;

/**
 * On «Рассмотрение заявления о вступлении в Профсоюз»: copies who applied, from which school and when onto the
 * task itself, so that the filter «Заявления моей организации» shows them in the Tasklist list. A reviewer may
 * read a task's own variables (they are a candidate of the task), but not the process instance's: those are
 * closed to them so that no organisation reads another's applicants.
 */
@Component("labelApplicationTaskListener")
public class LabelApplicationTaskListener implements TaskListener {

    static final List<VariableFactory<String>> LABELS = List.of(Variables.SIGNER_NAME,
            Variables.EDUCATIONAL_ORGANISATION_NAME, Variables.SUBMITTED_AT_TEXT);

    @Override
    public void notify(DelegateTask task) {
        LABELS.forEach(label -> label.on(task).setLocal(label.from(task).getOrNull()));
    }
}
