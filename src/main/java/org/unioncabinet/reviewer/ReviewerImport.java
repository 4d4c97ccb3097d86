package org.unioncabinet.reviewer;

import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.unioncabinet.csv.LineError;
import org.unioncabinet.organisation.OrganisationSearch;
import org.unioncabinet.organisation.UnionOrganisations;
import org.unioncabinet.reviewer.ReviewerCsv.Row;

/**
 * Loads reviewers from a CSV file (format: {@link ReviewerCsv}) into Camunda users and groups. Each line is applied in
 * a transaction of its own; a bad line is reported and skipped. A re-import is idempotent: it adds users and
 * memberships, updates names and e-mails, never drops a membership the file does not mark «удалён», and mails a
 * set-password link only to a reviewer still without a password, at most once a day ({@link ReviewerInvitations}).
 * <p>
 * «удалён» ends the reviewer's membership of that organisation. A reviewer left in no organisation leaves the shared
 * group too (no more Tasklist) and their links stop working; one left in no group at all (only ever a reviewer) is
 * deleted: Camunda has no disabled user, and a deleted one keeps nothing personal (name, e-mail) we no longer need;
 * their id stays in the history of what they decided. The Camunda administrator and members of {@code camunda-admin}
 * are never touched.
 */
@Service
public class ReviewerImport {

    private final IdentityService identity;
    private final OrganisationSearch organisations;
    private final ReviewerInvitations invitations;
    private final TransactionTemplate transaction;
    private final String adminUser;

    ReviewerImport(IdentityService identity, OrganisationSearch organisations, ReviewerInvitations invitations,
            TransactionTemplate transaction, @Value("${camunda.bpm.admin-user.id:admin}") String adminUser) {
        this.identity = identity;
        this.organisations = organisations;
        this.invitations = invitations;
        this.transaction = transaction;
        this.adminUser = adminUser;
    }

    private enum Outcome {
        CREATED, UPDATED, UNCHANGED, REMOVED, DELETED
    }

    /** Refuses a line with the Russian reason, as the report lists it. */
    private static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Imports the file, decoded as {@link org.unioncabinet.csv.CsvReader#utf8Text} does (see the command). */
    public ReviewerImportReport importCsv(Reader csv) {
        ReviewerCsv.Parsed parsed = new ReviewerCsv(adminUser).parse(csv);
        List<LineError> errors = new ArrayList<>(parsed.errors());
        int[] counts = new int[Outcome.values().length];
        int invited = 0;
        for (Row row : parsed.rows()) {
            try {
                Outcome outcome = Objects.requireNonNull(transaction.execute(status -> apply(row)));
                counts[outcome.ordinal()]++;
                if (row.status() == ReviewerCsv.Status.ACTIVE && invitations.inviteIfWithoutPassword(row.login())) {
                    invited++;
                }
            } catch (Refused refused) {
                errors.add(new LineError(row.line(), refused.getMessage()));
            }
        }
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new ReviewerImportReport(parsed.lines(), counts[Outcome.CREATED.ordinal()],
                counts[Outcome.UPDATED.ordinal()], counts[Outcome.UNCHANGED.ordinal()],
                counts[Outcome.REMOVED.ordinal()] + counts[Outcome.DELETED.ordinal()],
                counts[Outcome.DELETED.ordinal()], invited, errors);
    }

    private Outcome apply(Row row) {
        String group = groupOf(row.organisation());
        User user = identity.createUserQuery().userId(row.login()).singleResult();
        if (user != null && isAdministrator(user.getId())) {
            throw new Refused("учётную запись администратора импорт не изменяет");
        }
        return row.status() == ReviewerCsv.Status.ACTIVE ? activate(row, user, group) : remove(user, group);
    }

    private Outcome activate(Row row, User existing, String group) {
        User user = existing != null ? existing : identity.newUser(row.login());
        String firstName = row.middleName().isEmpty() ? row.firstName() : row.firstName() + " " + row.middleName();
        boolean changed = !row.lastName().equals(user.getLastName()) || !firstName.equals(user.getFirstName())
                || !row.email().equals(user.getEmail());
        if (changed) {
            user.setLastName(row.lastName());
            user.setFirstName(firstName);
            user.setEmail(row.email());
            identity.saveUser(user);
        }
        boolean joined = join(row.login(), group);
        joined |= join(row.login(), ReviewerGroups.SHARED);
        if (existing == null) {
            return Outcome.CREATED;
        }
        return changed || joined ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    private Outcome remove(User user, String group) {
        if (user == null) {
            return Outcome.UNCHANGED;
        }
        String userId = user.getId();
        if (!isMember(userId, group)) {
            return Outcome.UNCHANGED;
        }
        identity.deleteMembership(userId, group);
        List<String> left = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        if (left.stream().anyMatch(ReviewerGroups::isOrganisationGroup)) {
            return Outcome.REMOVED;
        }
        invitations.retireLinks(userId);
        if (left.stream().anyMatch(other -> !other.equals(ReviewerGroups.SHARED))) {
            if (left.contains(ReviewerGroups.SHARED)) {
                identity.deleteMembership(userId, ReviewerGroups.SHARED);
            }
            return Outcome.REMOVED;
        }
        identity.deleteUser(userId);
        invitations.forget(userId);
        return Outcome.DELETED;
    }

    /** The group a line names: an ИНН's primary organisation, or a group of the directory. */
    private String groupOf(String organisation) {
        String group;
        if (ReviewerGroups.isOrganisationGroup(organisation)) {
            group = organisation;
        } else {
            UnionOrganisations union = organisations.unionOfInn(organisation).orElseThrow(() -> new Refused(
                    "образовательной организации с ИНН «" + organisation + "» нет в справочнике или у неё нет "
                            + "первичной профсоюзной организации"));
            group = ReviewerGroups.primaryGroup(union.primaryId());
        }
        if (identity.createGroupQuery().groupId(group).groupType(ReviewerGroups.ORGANISATION_TYPE).count() == 0) {
            throw new Refused("группы «" + group + "» нет: такой профсоюзной организации нет в справочнике "
                    + "(сначала импортируйте справочник организаций)");
        }
        return group;
    }

    private boolean join(String userId, String group) {
        if (isMember(userId, group)) {
            return false;
        }
        identity.createMembership(userId, group);
        return true;
    }

    private boolean isMember(String userId, String group) {
        return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }

    private boolean isAdministrator(String userId) {
        return userId.equalsIgnoreCase(adminUser) || isMember(userId, Groups.CAMUNDA_ADMIN);
    }
}
