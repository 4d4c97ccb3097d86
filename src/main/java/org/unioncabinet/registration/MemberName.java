package org.unioncabinet.registration;

import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** A person's name as the cabinet knows it: from the registry, or as given in the application to join. */
public record MemberName(String lastName, String firstName, String middleName) {

    /** «Воробьёва Анна Сергеевна», without the отчество when there is none. */
    public String fullName() {
        return parts().collect(Collectors.joining(" "));
    }

    /** «В. А. С.»: the first letter of each part, and nothing else of the name. */
    public String initials() {
        return parts().map(part -> part.substring(0, part.offsetByCodePoints(0, 1)).toUpperCase(Locale.forLanguageTag("ru")) + ".")
                .collect(Collectors.joining(" "));
    }

    private Stream<String> parts() {
        return Stream.of(lastName, firstName, middleName).filter(part -> part != null && !part.isBlank())
                .map(String::strip);
    }
}
