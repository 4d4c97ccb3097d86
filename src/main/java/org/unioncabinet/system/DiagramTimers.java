package org.unioncabinet.system;

/**
 * Marks a bean whose methods give a diagram's timers their durations from configuration
 * ({@code ${registrationTimers.reminderAfter()}}). The deployment check lets a timer call the public methods without
 * parameters that such a bean's class declares, and no other method of any bean: a timer expression is the one place
 * where an analyst's diagram calls Java.
 */
public interface DiagramTimers {
}
