package org.unioncabinet.registration.ticket;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;
import org.unioncabinet.system.DisplayDates;

/** Whether a date of birth can be a member's: 14 (pupils of vocational schools) to 110 years ago. */
@Component
public class BirthDates {

    public static final String IMPLAUSIBLE = "Укажите настоящую дату рождения.";
    static final int MIN_AGE = 14;
    static final int MAX_AGE = 110;

    private final Clock clock;

    public BirthDates(Clock clock) {
        this.clock = clock;
    }

    public boolean plausible(LocalDate birthDate) {
        LocalDate today = LocalDate.now(clock.withZone(DisplayDates.MOSCOW));
        return !birthDate.isAfter(today.minusYears(MIN_AGE)) && birthDate.isAfter(today.minusYears(MAX_AGE));
    }
}
