package org.unioncabinet.portal;

import java.util.List;
import java.util.Map;

import org.unioncabinet.forms.FormSchema;

/**
 * The task a member's process waits at: its form, the data the form may show (the process's simple
 * variables: values typed before, check results, document ids), the actions beside it, a notice of a limit
 * the step already reached ({@code null} when none), and «Шаг N из M» ({@code number} 0 when the diagram gives
 * the step no place on a way from its start to an end).
 */
public record MemberStep(String taskId, String name, FormSchema form, Map<String, Object> data,
        List<MemberAction> actions, String notice, int number, int total) {

    public boolean numbered() {
        return number > 0;
    }
}
