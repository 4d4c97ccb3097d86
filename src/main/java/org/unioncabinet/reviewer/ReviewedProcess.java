package org.unioncabinet.reviewer;

/**
 * A process whose tasks the organisations' reviewers complete in Tasklist: each such feature declares one bean, and
 * {@link ReviewedProcessGrants} lets the shared group {@value ReviewerGroups#SHARED} read its definition (Tasklist
 * needs it to open the task's form). The filter «Заявления моей организации» lists the tasks already: it shows every
 * task of the reviewer's groups.
 */
@FunctionalInterface
public interface ReviewedProcess {

    String processKey();
}
