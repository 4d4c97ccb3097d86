package org.unioncabinet.system;

/** What every page of ours tells the browser, whichever filter chain serves it. */
public final class SecurityHeaders {

    /** Scripts only from our own origin (the bundled form-js viewer), no framing, no foreign form targets. */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    private SecurityHeaders() {
    }
}
