package org.unioncabinet.system;

import java.util.Set;

/**
 * The user tasks of one process that are a member's own steps, as the code decides them: never a property a model
 * could carry, nor the absence of candidate groups, which a reviewer could arrange. Each process with member steps
 * declares them in a bean; the portal shows and completes only these, and only for the member they are assigned to.
 */
public interface MemberTasks {

    String processKey();

    Set<String> taskDefinitionKeys();

    default boolean contains(String processKey, String taskDefinitionKey) {
        return processKey().equals(processKey) && taskDefinitionKeys().contains(taskDefinitionKey);
    }
}
