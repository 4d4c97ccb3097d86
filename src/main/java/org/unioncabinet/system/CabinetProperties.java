package org.unioncabinet.system;

import java.time.Duration;
import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Everything an operator may tune, bound from {@code cabinet.*} (see application.yml for defaults
 * and the environment variables that override them).
 */
@ConfigurationProperties(prefix = "cabinet")
public record CabinetProperties(
        String baseUrl,
        Mail mail,
        Registration registration,
        PasswordReset passwordReset,
        Login login,
        Signing signing,
        Membership membership,
        Review review) {

    public record Mail(String from, String senderName) {
    }

    /**
     * @param reminderAfter     when an unconfirmed member is reminded (timer in the diagram)
     * @param expireAfter       when an unconfirmed account is deleted (timer in the diagram)
     * @param linkLifetime      how long one confirmation link works
     * @param linkResendCooldown how often a member may ask for a new link
     */
    public record Registration(Duration reminderAfter, Duration expireAfter, Duration linkLifetime,
            Duration linkResendCooldown) {
    }

    public record PasswordReset(Duration linkLifetime, Duration cooldown) {
    }

    /**
     * The e-mailed confirmation code of the simple electronic signature: its lifetime, the wrong entries one code
     * takes before it is void, and the member's budget of wrong codes across every code (a new code does not refill
     * it) within any hour and any day.
     */
    public record Signing(Duration codeLifetime, int maxAttempts, int guessesPerHour, int guessesPerDay) {
    }

    /**
     * Variant 2: the primary organisation is reminded of an application, then the territorial one gets it too; reviewers
     * who chose one mail a day get it at {@code digestAt}, Moscow time.
     */
    public record Review(Duration reminderAfter, Duration escalateAfter,
            @DateTimeFormat(pattern = "H:mm") LocalTime digestAt) {
    }

    /** Variant 1: how many failed registry checks before a wait, and how long the wait is. */
    public record Membership(int maxFailedChecks, Duration lockout) {
    }

    /**
     * Login throttling, for members and Camunda users alike: after {@code freeFailures} failures on one account from
     * one client address (or {@code freeFailuresPerAddress} on one client address, whatever the account) every
     * further failure doubles that pair's (or address's) wait, from {@code firstDelay} up to {@code maxDelay}. No
     * account is ever locked: after {@code alertAfter} failures on it within {@code alertWindow}, from any addresses,
     * its owner gets a mail, once per window.
     */
    public record Login(int freeFailures, int freeFailuresPerAddress, Duration firstDelay, Duration maxDelay,
            int alertAfter, Duration alertWindow) {
    }
}
