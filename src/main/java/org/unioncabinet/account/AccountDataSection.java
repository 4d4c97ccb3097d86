package org.unioncabinet.account;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/** «Мои данные»: the account itself (its password only as the fact that one is set: the hash is nobody's to read). */
@Component
class AccountDataSection implements MemberDataSection {

    /** The account as the JSON holds it. */
    record AccountData(UUID id, String email, String status, Instant createdAt, Instant confirmedAt,
            int signatureAgreementVersion, Instant signatureAgreementAcceptedAt) {
    }

    private final AccountRepository accounts;

    AccountDataSection(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public DataSection of(UUID accountId) {
        return accounts.findById(accountId)
                .map(account -> new DataSection("account", "Учётная запись", "", List.of(new DataSection.Rows()
                                .add("Email", account.getEmail())
                                .add("Статус", account.isConfirmed() ? "Email подтверждён" : "Email не подтверждён")
                                .moment("Создана", account.getCreatedAt())
                                .moment("Email подтверждён", account.getConfirmedAt())
                                .add("Соглашение об использовании аналога собственноручной подписи",
                                        "редакция " + account.getSignatureAgreementVersion() + ", принято при создании")
                                .moment("Соглашение принято", account.getSignatureAgreementAcceptedAt())
                                .item(null)),
                        new AccountData(account.getId(), account.getEmail(), account.getStatus().name(),
                                account.getCreatedAt(), account.getConfirmedAt(), account.getSignatureAgreementVersion(),
                                account.getSignatureAgreementAcceptedAt())))
                .orElseGet(() -> new DataSection("account", "Учётная запись", "Учётной записи нет.", List.of(), null));
    }
}
