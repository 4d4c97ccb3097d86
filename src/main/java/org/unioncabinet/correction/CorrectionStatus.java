package org.unioncabinet.correction;

/** Where a correction statement stands, in the member's words. */
public enum CorrectionStatus {
    /** Being filled or signed. */
    DRAFT("Заполняется"),
    /** Signed, with the primary organisation. */
    SUBMITTED("На рассмотрении в первичной профсоюзной организации"),
    APPROVED("Изменения внесены в АИС «Единый реестр»"),
    REJECTED("Отказано"),
    /** The member cancelled it before signing. */
    WITHDRAWN("Отменено");

    private final String label;

    CorrectionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether it still blocks another statement: one open statement per account. */
    public boolean open() {
        return this == DRAFT || this == SUBMITTED;
    }
}
