package org.unioncabinet.portal;

import java.util.List;
import java.util.Map;

import org.unioncabinet.forms.FormSchema;

/**
 * The task a member's process waits at: its form, the data the form may show (the process's simple
 * variables: values typed before, check results, document ids), the actions beside it, and a notice of a limit
 * the step already reached ({@code null} when none).
 */
public record MemberStep(String taskId, String name, FormSchema form, Map<String, Object> data,
        List<MemberAction> actions, String notice) {
}
