package org.unioncabinet.portal;

import java.util.Map;

/** The task a member's process waits at, with its form and the values already known for it. */
public record MemberStep(String taskId, String name, FormSchema form, Map<String, Object> data) {
}
