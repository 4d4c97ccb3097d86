package org.unioncabinet.documents;

import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The member data filled into a document: as the member entered it (or as the registry has it).
 *
 * @param middleName may be empty: not everyone has a patronymic
 * @param ticketNumber the 16-digit e-ticket number; null when the member has none yet
 */
public record DocumentHolder(String lastName, String firstName, String middleName, LocalDate birthDate, String email,
        String ticketNumber) {

    /** «Фамилия Имя Отчество», without gaps for missing parts. */
    public String fullName() {
        return Stream.of(lastName, firstName, middleName)
                .filter(part -> part != null && !part.isBlank())
                .map(String::strip)
                .collect(Collectors.joining(" "));
    }
}
