/**
 * «Изменить email»: a member asks for a new address with the current password; a single-use link mailed to the new
 * address replaces the old one when followed, and the old address gets a notice (processes/email-change.bpmn).
 */
package org.unioncabinet.emailchange;
