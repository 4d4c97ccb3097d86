package org.unioncabinet.login;

/** An account saw {@code failures} wrong passwords within the alert window, from any addresses. */
public record LoginAlert(LoginThrottle.Subject subject, int failures) {
}
