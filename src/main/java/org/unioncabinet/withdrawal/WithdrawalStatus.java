package org.unioncabinet.withdrawal;

/** Where a withdrawal statement stands, in the member's words. */
public enum WithdrawalStatus {
    PREPARED("Заявление подготовлено и ждёт подписи"),
    CANCELLED("Заявление не подписано: согласие не отозвано"),
    AWAITING_ANSWER("Заявление получено: согласие отозвано, ждём ответа первичной профсоюзной организации"),
    AWAITING_DESTRUCTION("Ответ получен: ждём подтверждения уничтожения персональных данных"),
    COMPLETED("Уничтожение персональных данных подтверждено");

    private final String label;

    WithdrawalStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Signed: the consent is withdrawn. */
    public boolean signed() {
        return this != PREPARED && this != CANCELLED;
    }
}
