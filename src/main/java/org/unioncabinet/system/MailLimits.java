package org.unioncabinet.system;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cabinet.mail-limits}: how many mails anyone can make the cabinet send on request within {@code window}:
 * {@code perAddress} of one kind to one recipient, {@code perClient} of any kind from one client address (0: no
 * limit per client, e.g. behind a proxy that hides client addresses; each is a row, so keep them small).
 * Read on every request (a mutable bean, unlike CabinetProperties), so an operator's change or a test applies at once.
 */
@ConfigurationProperties(prefix = "cabinet.mail-limits")
public class MailLimits {

    private int perAddress = 5;
    private int perClient = 30;
    private Duration window = Duration.ofHours(1);

    public int getPerAddress() {
        return perAddress;
    }

    public void setPerAddress(int perAddress) {
        this.perAddress = perAddress;
    }

    public int getPerClient() {
        return perClient;
    }

    public void setPerClient(int perClient) {
        this.perClient = perClient;
    }

    public Duration getWindow() {
        return window;
    }

    public void setWindow(Duration window) {
        this.window = window;
    }
}
