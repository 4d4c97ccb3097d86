package org.unioncabinet.registry;

import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.PersonalDataErasure;

/**
 * Closing the cabinet: a member's (an account linked to a registry record) is not closed this way. The record is the
 * union's register of its members, kept by the union's rules; leaving the union is a written application to the
 * primary organisation.
 */
@Component
class RegistryErasure implements PersonalDataErasure {

    static final String MEMBER = "Вы состоите в Профсоюзе: личный кабинет члена Профсоюза удалить нельзя. Чтобы выйти "
            + "из Профсоюза, подайте заявление в свою первичную профсоюзную организацию.";

    private final RegistryMemberRepository members;

    RegistryErasure(RegistryMemberRepository members) {
        this.members = members;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public Optional<String> objection(UUID accountId) {
        return members.findByAccountId(accountId).map(member -> MEMBER);
    }

    /** Nothing to erase: an account with a registry record is never closed. */
    @Override
    public Erased erase(UUID accountId) {
        if (members.findByAccountId(accountId).isPresent()) {
            throw new IllegalStateException("Account " + accountId + " is linked to a registry record");
        }
        return Erased.only();
    }
}
