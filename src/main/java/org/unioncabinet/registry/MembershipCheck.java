package org.unioncabinet.registry;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * «Проверить данные» (instruction, variant 1): does the member's claim describe an active registry record,
 * and linking that record to the member's account once it does.
 */
@Service
public class MembershipCheck {

    private final RegistryMemberRepository members;
    private final JdbcClient jdbc;
    private final Clock clock;

    public MembershipCheck(RegistryMemberRepository members, JdbcClient jdbc, Clock clock) {
        this.members = members;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Compares the claim with the record of its ticket number. Names are compared as people write them
     * (case, ё/е, spaces, spaces around hyphens do not matter); a missing отчество matches only a missing one.
     */
    @Transactional(readOnly = true)
    public CheckResult check(UUID accountId, MembershipClaim claim) {
        Objects.requireNonNull(accountId, "accountId");
        Optional<RegistryMember> record = TicketNumber.parse(claim.ticketNumber())
                .flatMap(ticket -> members.findByTicketNumber(ticket.value()))
                .filter(member -> member.getStatus() == MembershipStatus.ACTIVE)
                .filter(member -> describes(claim, member));
        if (record.isEmpty()) {
            return new CheckResult.Mismatch();
        }
        UUID linkedTo = record.get().getAccountId();
        if (linkedTo != null && !linkedTo.equals(accountId)) {
            return new CheckResult.TicketTaken();
        }
        return new CheckResult.Match(record.get().getId());
    }

    /**
     * Links the record to the account, atomically: of two accounts racing for one record exactly one wins.
     * Linking again to the same account changes nothing.
     *
     * @throws TicketTakenException          when another account holds the record
     * @throws AccountAlreadyLinkedException when this account holds another record
     */
    public void link(UUID accountId, UUID registryMemberId) {
        int linked;
        try {
            linked = jdbc.sql("""
                    UPDATE app.registry_member
                    SET updated_at = CASE WHEN account_id IS NULL THEN :now ELSE updated_at END, account_id = :account
                    WHERE id = :id AND (account_id IS NULL OR account_id = :account)
                    """)
                    .param("account", accountId)
                    .param("id", registryMemberId)
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException otherRecord) {
            // uq_registry_member_account: the only unique index this statement can hit
            throw new AccountAlreadyLinkedException();
        }
        if (linked == 0) {
            if (!members.existsById(registryMemberId)) {
                throw new IllegalArgumentException("No registry record " + registryMemberId);
            }
            throw new TicketTakenException();
        }
    }

    /** A record by its id, as the registry spells it (for the documents a matched member signs). */
    @Transactional(readOnly = true)
    public Optional<RegistryMemberView> member(UUID registryMemberId) {
        return members.findById(registryMemberId).map(RegistryMemberView::of);
    }

    /** The record the account proved is its own, for the member's cabinet. */
    @Transactional(readOnly = true)
    public Optional<RegistryMemberView> ofAccount(UUID accountId) {
        return members.findByAccountId(accountId).map(RegistryMemberView::of);
    }

    /** The id of the registry record the account is linked to: who the person is, whichever cabinet they use. */
    @Transactional(readOnly = true)
    public Optional<UUID> memberIdOf(UUID accountId) {
        return jdbc.sql("SELECT id FROM app.registry_member WHERE account_id = :account")
                .param("account", accountId).query(UUID.class).optional();
    }

    private static boolean describes(MembershipClaim claim, RegistryMember member) {
        return Names.same(claim.lastName(), member.getLastName())
                && Names.same(claim.firstName(), member.getFirstName())
                && Names.same(claim.middleName(), member.getMiddleName())
                && member.getBirthDate().equals(claim.birthDate());
    }
}
