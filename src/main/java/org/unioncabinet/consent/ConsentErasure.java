package org.unioncabinet.consent;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;
import org.unioncabinet.mydata.Retention;

/**
 * Closing the cabinet: every consent still in force is withdrawn (processing for its purpose stops); the consent rows
 * stay (kind, text version, purpose, when given, how, when withdrawn: no personal data but the account's id), because
 * the union must be able to prove the consent for what it processed while the consent was in force.
 */
@Component
class ConsentErasure implements PersonalDataErasure {

    static final String WITHDRAWN_BY_CLOSING = "Удаление личного кабинета по просьбе субъекта персональных данных";

    private final ConsentRepository repository;
    private final Clock clock;

    ConsentErasure(ConsentRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 40;
    }

    @Override
    public Erased erase(UUID accountId) {
        List<Consent> consents = repository.findByAccountIdOrderByGivenAtDesc(accountId);
        long withdrawn = consents.stream().filter(consent -> consent.withdraw(WITHDRAWN_BY_CLOSING, clock.instant()))
                .count();
        return new Erased(List.of("consent: " + withdrawn + " consents in force withdrawn"),
                consents.isEmpty() ? List.of() : List.of(new Kept(
                        "consent: " + consents.size() + " rows (kind, text version, purpose, given, method, withdrawn)",
                        "the operator proves the data subject's consent (152-FZ art. 9 part 3) and the subscriber's"
                                + " consent to advertising (38-FZ art. 18 part 1) for the processing done while it was"
                                + " in force; kept for the limitation period (Civil Code art. 196)",
                        Retention.LIMITATION_PERIOD)));
    }
}
