package org.unioncabinet.consent;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/** «Мои данные»: every consent given, with its text version, purpose, when and how, and its withdrawal. */
@Component
class ConsentDataSection implements MemberDataSection {

    private final Consents consents;

    ConsentDataSection(Consents consents) {
        this.consents = consents;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public DataSection of(UUID accountId) {
        List<ConsentView> given = consents.ofAccount(accountId);
        return new DataSection("consents", "Согласия", "Согласий нет.", given.stream()
                .map(consent -> new DataSection.Rows()
                        .add("Вид", consent.title())
                        .add("Редакция текста", consent.legalTextVersion())
                        .add("Цель", consent.purpose())
                        .moment("Дано", consent.givenAt())
                        .add("Способ", consent.method())
                        .moment("Отозвано", consent.withdrawnAt())
                        .add("Способ отзыва", consent.withdrawalMethod())
                        .item(consent.title()))
                .toList(), given);
    }
}
