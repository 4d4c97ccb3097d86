package org.unioncabinet.mydata;

import java.util.Optional;
import java.util.UUID;

/**
 * Whether «Мои данные» offers «Удалить кабинет», answered by the module that closes cabinets: empty when the account
 * may be closed, else why not, in the member's words.
 */
public interface CabinetClosingOffer {

    Optional<String> refusal(UUID accountId);
}
