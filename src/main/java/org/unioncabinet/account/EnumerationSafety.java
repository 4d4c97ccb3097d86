package org.unioncabinet.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cabinet.registration.enumeration-safe} ({@code ENUMERATION_SAFE}): whether «Создать» (and «Изменить email») may tell that an
 * e-mail already has an account. Off by default, as the instruction shows «Данный email уже зарегистрирован в
 * системе»; on, every e-mail gets «Подтвердите email» and the owner of an existing account gets a mail instead.
 * Read on every registration, so it is a plain mutable bean rather than part of the immutable CabinetProperties.
 */
@ConfigurationProperties(prefix = "cabinet.registration")
public class EnumerationSafety {

    private boolean enumerationSafe;

    public boolean isEnumerationSafe() {
        return enumerationSafe;
    }

    public void setEnumerationSafe(boolean enumerationSafe) {
        this.enumerationSafe = enumerationSafe;
    }
}
