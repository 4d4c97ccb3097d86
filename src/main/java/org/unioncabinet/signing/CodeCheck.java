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
        EXPIRED
    }

    static CodeCheck of(Result result) {
        return new CodeCheck(result, 0);
    }
}
