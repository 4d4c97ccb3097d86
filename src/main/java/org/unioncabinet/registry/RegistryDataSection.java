package org.unioncabinet.registry;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.unioncabinet.mydata.DataSection;
import org.unioncabinet.mydata.MemberDataSection;

/** «Мои данные»: the registry record the account proved is its own (АИС «Единый реестр»). */
@Component
class RegistryDataSection implements MemberDataSection {

    private final MembershipCheck registry;

    RegistryDataSection(MembershipCheck registry) {
        this.registry = registry;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public DataSection of(UUID accountId) {
        List<RegistryMemberView> record = registry.ofAccount(accountId).stream().toList();
        return new DataSection("registryRecord", "Запись в АИС «Единый реестр»",
                "Личный кабинет не связан с записью в АИС «Единый реестр».", record.stream()
                        .map(member -> new DataSection.Rows()
                                .add("Фамилия", member.lastName())
                                .add("Имя", member.firstName())
                                .add("Отчество", member.middleName())
                                .date("Дата рождения", member.birthDate())
                                .add("Номер электронного профсоюзного билета", member.formattedTicketNumber())
                                .add("Образовательная организация", member.educationalOrganisation())
                                .add("Первичная профсоюзная организация", member.primaryOrganisation())
                                .add("Статус", member.statusLabel())
                                .item(null))
                        .toList(), record.isEmpty() ? null : record.get(0));
    }
}
