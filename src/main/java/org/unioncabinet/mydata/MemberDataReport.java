package org.unioncabinet.mydata;

import java.time.Instant;
import java.util.List;

/** Everything held about one account, as made at {@code madeAt}: the page, the JSON and the PDF show this. */
public record MemberDataReport(Instant madeAt, List<DataSection> sections) {

    public MemberDataReport {
        sections = List.copyOf(sections);
    }
}
