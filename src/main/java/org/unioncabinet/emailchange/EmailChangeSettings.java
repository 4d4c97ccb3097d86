package org.unioncabinet.emailchange;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cabinet.email-change}.
 *
 * @param linkLifetime how long the link mailed to the new address works (also the diagram's timer)
 * @param cooldown     how often a member may ask for a new link
 * @param contact      how to reach the union, in the notice to the old address (who did not ask for the change)
 * @param undoLifetime how long the «Это были не вы?» link in that notice works
 */
@ConfigurationProperties(prefix = "cabinet.email-change")
public record EmailChangeSettings(Duration linkLifetime, Duration cooldown, String contact, Duration undoLifetime) {
}
