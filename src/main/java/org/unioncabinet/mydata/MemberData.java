package org.unioncabinet.mydata;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Collects every module's section about one account, in one read-only transaction (one consistent picture). */
@Service
class MemberData {

    private final List<MemberDataSection> sections;
    private final Clock clock;

    MemberData(List<MemberDataSection> sections, Clock clock) {
        this.sections = sections.stream().sorted(Comparator.comparingInt(MemberDataSection::order)).toList();
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    MemberDataReport of(UUID accountId) {
        return new MemberDataReport(clock.instant(), sections.stream().map(section -> section.of(accountId)).toList());
    }
}
