package org.unioncabinet.withdrawal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cabinet.withdrawal.*}: the legal clocks of a withdrawal of the personal-data consent (152-FZ, art. 20 and
 * 21). The answer is due {@code answerWorkingDays} working days after the statement is signed (the production
 * calendar's), reminded {@code remindWorkingDays} working days before; the destruction within
 * {@code destructionDays} days, reminded {@code destructionRemindDays} days before.
 */
@ConfigurationProperties(prefix = "cabinet.withdrawal")
public record WithdrawalProperties(int answerWorkingDays, int remindWorkingDays, int destructionDays,
        int destructionRemindDays) {

    public WithdrawalProperties {
        if (answerWorkingDays < 1 || remindWorkingDays < 0 || remindWorkingDays >= answerWorkingDays
                || destructionDays < 1 || destructionRemindDays < 0 || destructionRemindDays >= destructionDays) {
            throw new IllegalArgumentException("cabinet.withdrawal: the terms must be positive and each reminder "
                    + "before its term");
        }
    }
}
