package org.unioncabinet.signing;

/**
 * Who submitted a step, as the signature record needs it (63-ФЗ: proof of who signed). Passed to the
 * process as transient variables: read by the task's listeners and delegates, never stored by the engine.
 */
public record Submitter(String address, String userAgent) {

    public static final String ADDRESS_VARIABLE = "submitterAddress";
    public static final String USER_AGENT_VARIABLE = "submitterUserAgent";
}
