package org.unioncabinet.login;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/** «Мои данные»: the member's sign-ins of the last 90 days. */
@Component
class SignInDataSection implements MemberDataSection {

    private final SignIns signIns;

    SignInDataSection(SignIns signIns) {
        this.signIns = signIns;
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public DataSection of(UUID accountId) {
        List<SignIns.SignIn> recent = signIns.recent(accountId);
        return new DataSection("signIns", "Входы в личный кабинет за последние 90 дней", "Входов за 90 дней не было.",
                recent.stream()
                        .map(signIn -> new DataSection.Rows()
                                .moment("Время", signIn.at())
                                .add("Способ", signIn.method().label())
                                .add("Адрес", signIn.clientAddress())
                                .add("Браузер", signIn.userAgent())
                                .item(null))
                        .toList(), recent);
    }
}
