/**
 * «Профсоюзный диктант»: editions imported from a file, one attempt per person per edition taken on a page of the
 * portal, each attempt routed by {@code processes/dictation-attempt.bpmn} and awarded by
 * {@code processes/dictation-award.dmn}. The record (editions, questions, the correct options, attempts, answers)
 * lives in PostgreSQL; the process holds the attempt's id, its deadline and its score share.
 */
package org.unioncabinet.dictation;
