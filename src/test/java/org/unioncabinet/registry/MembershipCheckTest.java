package org.unioncabinet.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.unioncabinet.support.CabinetTest;
import org.unioncabinet.support.Members;

@CabinetTest
class MembershipCheckTest {

    private static final LocalDate BIRTH_DATE = LocalDate.of(1985, 3, 14);

    @Autowired
    MembershipCheck check;

    @Autowired
    RegistryImport registryImport;

    @Autowired
    RegistryMemberRepository members;

    @Autowired
    Members accounts;

    @Test
    void recognisesAMemberWhateverTheCaseYoAndSpaces() throws IOException {
        String ticket = givenMember("Воробьёва-Сидорова", "Анна", "Сергеевна", "состоит");

        CheckResult result = check.check(newAccount(), new MembershipClaim(
                "  ВОРОБЬЕВА - сидорова ", "анна", "Сергеевна  ", BIRTH_DATE, spaced(ticket)));

        assertThat(result).isEqualTo(new CheckResult.Match(idOf(ticket)));
    }

    @Test
    void recognisesAMemberWithoutOtchestvoOnlyWhenNoneIsGiven() throws IOException {
        String ticket = givenMember("Ким", "Алина", "", "");

        assertThat(check.check(newAccount(), new MembershipClaim("Ким", "Алина", "  ", BIRTH_DATE, ticket)))
                .isEqualTo(new CheckResult.Match(idOf(ticket)));
        assertThat(check.check(newAccount(), new MembershipClaim("Ким", "Алина", null, BIRTH_DATE, ticket)))
                .isEqualTo(new CheckResult.Match(idOf(ticket)));
        assertThat(check.check(newAccount(), new MembershipClaim("Ким", "Алина", "Сергеевна", BIRTH_DATE, ticket)))
                .isEqualTo(new CheckResult.Mismatch());
    }

    @Test
    void doesNotRecogniseAClaimWithAnyFactWrong() throws IOException {
        String ticket = givenMember("Смирнова", "Елена", "Викторовна", "");
        UUID account = newAccount();

        assertThat(List.of(
                new MembershipClaim("Смирнова", "Елена", "Викторовна", BIRTH_DATE.plusDays(1), ticket),
                new MembershipClaim("Смирнов", "Елена", "Викторовна", BIRTH_DATE, ticket),
                new MembershipClaim("Смирнова", "Алёна", "Викторовна", BIRTH_DATE, ticket),
                new MembershipClaim("Смирнова", "Елена", null, BIRTH_DATE, ticket),
                new MembershipClaim("Смирнова", "Елена", "Викторовна", null, ticket),
                new MembershipClaim("Смирнова", "Елена", "Викторовна", BIRTH_DATE, RegistryFile.newTicket()),
                new MembershipClaim("Смирнова", "Елена", "Викторовна", BIRTH_DATE, ticket.substring(1)),
                new MembershipClaim("Смирнова", "Елена", "Викторовна", BIRTH_DATE, null)))
                .allSatisfy(claim -> assertThat(check.check(account, claim)).as("%s", claim)
                        .isEqualTo(new CheckResult.Mismatch()));
        assertThat(check.check(account, new MembershipClaim("Смирнова", "Елена", "Викторовна", BIRTH_DATE, ticket)))
                .isInstanceOf(CheckResult.Match.class);
    }

    @Test
    void doesNotRecogniseAMemberWhoLeft() throws IOException {
        String ticket = givenMember("Кузнецов", "Дмитрий", "Игоревич", "выбыл");

        assertThat(check.check(newAccount(), claim("Кузнецов", "Дмитрий", "Игоревич", ticket)))
                .isEqualTo(new CheckResult.Mismatch());
    }

    @Test
    void saysTheTicketIsTakenOnlyToAClaimWithEveryFactRight() throws IOException {
        String ticket = givenMember("Попова", "Ольга", "Николаевна", "");
        UUID owner = newAccount();
        check.link(owner, idOf(ticket));
        UUID stranger = newAccount();

        assertThat(check.check(stranger, claim("Попова", "Ольга", "Николаевна", ticket)))
                .isEqualTo(new CheckResult.TicketTaken());
        assertThat(check.check(stranger, new MembershipClaim("Попова", "Ольга", "Николаевна", BIRTH_DATE.minusYears(1),
                ticket))).isEqualTo(new CheckResult.Mismatch());
        assertThat(check.check(owner, claim("ПОПОВА", "Ольга", "Николаевна", ticket)))
                .isEqualTo(new CheckResult.Match(idOf(ticket)));
    }

    @Test
    void linksARecordToOneAccountOnly() throws IOException {
        String ticket = givenMember("Соколов", "Артём", "Павлович", "");
        UUID owner = newAccount();

        check.link(owner, idOf(ticket));
        check.link(owner, idOf(ticket));

        assertThat(members.findByTicketNumber(ticket).orElseThrow().getAccountId()).isEqualTo(owner);
        assertThatThrownBy(() -> check.link(newAccount(), idOf(ticket))).isInstanceOf(TicketTakenException.class);
        assertThat(members.findByTicketNumber(ticket).orElseThrow().getAccountId()).isEqualTo(owner);
    }

    @Test
    void linksAnAccountToOneRecordOnly() throws IOException {
        String first = givenMember("Лебедева", "Мария", "Андреевна", "");
        String second = givenMember("Лебедева", "Мария", "Андреевна", "");
        UUID account = newAccount();
        check.link(account, idOf(first));

        assertThatThrownBy(() -> check.link(account, idOf(second))).isInstanceOf(AccountAlreadyLinkedException.class);
        assertThat(members.findByTicketNumber(second).orElseThrow().getAccountId()).isNull();
    }

    @Test
    void letsExactlyOneOfTwoAccountsRacingForOneRecordWin() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                UUID record = idOf(givenMember("Новикова", "Татьяна", "Владимировна", ""));
                List<UUID> racers = List.of(newAccount(), newAccount());
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Boolean>> outcomes = new ArrayList<>();
                for (UUID account : racers) {
                    Callable<Boolean> race = () -> {
                        start.await();
                        try {
                            check.link(account, record);
                            return true;
                        } catch (TicketTakenException lost) {
                            return false;
                        }
                    };
                    outcomes.add(threads.submit(race));
                }
                start.countDown();
                boolean firstWon = outcomes.get(0).get(10, TimeUnit.SECONDS);
                boolean secondWon = outcomes.get(1).get(10, TimeUnit.SECONDS);

                assertThat(firstWon).as("exactly one wins").isNotEqualTo(secondWon);
                assertThat(members.findById(record).orElseThrow().getAccountId())
                        .isEqualTo(racers.get(firstWon ? 0 : 1));
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void showsTheLinkedRecordInTheMembersCabinet() throws IOException {
        String ticket = givenMember("Воробьёва", "Анна", "Сергеевна", "");
        UUID account = newAccount();
        assertThat(check.ofAccount(account)).isEmpty();

        check.link(account, idOf(ticket));

        RegistryMemberView view = check.ofAccount(account).orElseThrow();
        assertThat(view.fullName()).isEqualTo("Воробьёва Анна Сергеевна");
        assertThat(view.birthDate()).isEqualTo(BIRTH_DATE);
        assertThat(view.ticketNumber()).isEqualTo(ticket);
        assertThat(view.formattedTicketNumber()).isEqualTo(spaced(ticket));
        assertThat(view.educationalOrganisation()).isEqualTo(RegistryFile.SCHOOL);
        assertThat(view.primaryOrganisation()).isEqualTo(RegistryFile.PRIMARY);
        assertThat(view.statusLabel()).isEqualTo("Состоит на учёте");
    }

    @Test
    void showsAMemberWhoLeftAsLeft() throws IOException {
        String ticket = givenMember("Ким", "Алина", "", "");
        UUID account = newAccount();
        check.link(account, idOf(ticket));
        registryImport.importFrom(RegistryFile.withHeader()
                .member("Ким", "Алина", "", "14.03.1985", ticket, "выбыл").stream());

        RegistryMemberView view = check.ofAccount(account).orElseThrow();
        assertThat(view.fullName()).isEqualTo("Ким Алина");
        assertThat(view.statusLabel()).isEqualTo("Выбыл");
    }

    private String givenMember(String lastName, String firstName, String middleName, String status) throws IOException {
        String ticket = RegistryFile.newTicket();
        ImportReport report = registryImport.importFrom(RegistryFile.withHeader()
                .member(lastName, firstName, middleName, "14.03.1985", ticket, status)
                .stream());
        assertThat(report.created()).isEqualTo(1);
        return ticket;
    }

    private UUID idOf(String ticket) {
        return members.findByTicketNumber(ticket).orElseThrow().getId();
    }

    private UUID newAccount() {
        return accounts.register(Members.newEmail()).getId();
    }

    private static MembershipClaim claim(String lastName, String firstName, String middleName, String ticket) {
        return new MembershipClaim(lastName, firstName, middleName, BIRTH_DATE, ticket);
    }

    private static String spaced(String ticket) {
        return new TicketNumber(ticket).formatted();
    }
}
