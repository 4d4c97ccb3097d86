package org.unioncabinet.signing;

/** What checking an entered confirmation code found. */
public record CodeCheck(Result result, int attemptsLeft) {

    public enum Result {
        /** The code was right: the documents are signed. */
        VALID,
        /** Wrong code, attempts remain. */
        WRONG,
        /** Wrong code and no attempts left: the code is void. */
        EXHAUSTED,
        /** No live code: its lifetime passed (or a newer one was sent). */
        EXPIRED,
        /**
         * Not checked: the member's budget of wrong codes is spent. The portal refuses such an entry before the step
         * completes; this is the service's own guard for any other way in, and tells nothing about the code.
         */
        REFUSED
    }

    static CodeCheck of(Result result) {
        return new CodeCheck(result, 0);
    }
}
