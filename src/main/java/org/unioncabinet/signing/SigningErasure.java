package org.unioncabinet.signing;

import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;
import org.unioncabinet.mydata.Retention;

/**
 * Closing the cabinet: the confirmation codes (the address each was sent to) and the wrong guesses are deleted; the
 * signature records are kept, unchanged (they are append-only: the database refuses to change or delete one).
 */
@Component
class SigningErasure implements PersonalDataErasure {

    private final JdbcClient jdbc;
    private final SignatureRepository signatures;

    SigningErasure(JdbcClient jdbc, SignatureRepository signatures) {
        this.jdbc = jdbc;
        this.signatures = signatures;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public Erased erase(UUID accountId) {
        int codes = jdbc.sql("DELETE FROM app.signing_code WHERE account_id = :account").param("account", accountId)
                .update();
        int guesses = jdbc.sql("DELETE FROM app.signing_guess WHERE account_id = :account").param("account", accountId)
                .update();
        int kept = signatures.findByAccountId(accountId).size();
        return new Erased(List.of("signing_code: " + codes + " rows deleted", "signing_guess: " + guesses + " rows deleted"),
                kept == 0 ? List.of() : List.of(new Kept("signature: " + kept + " signature records (who signed which"
                        + " bytes, when, the address the code was sent to, the client address and browser)",
                        "the record of a simple electronic signature identifies the signer and proves the signing"
                                + " (63-FZ art. 9); kept with the signed documents for the limitation period (Civil"
                                + " Code art. 196)",
                        Retention.LIMITATION_PERIOD)));
    }
}
