package org.unioncabinet.registration.joining;

/** Where an application to join stands, in the member's words. */
public enum JoinApplicationStatus {
    /** Typed, not yet signed: nobody but the member sees it. */
    DRAFT("Заявление не подано"),
    RECEIVED("Заявление получено и передано на рассмотрение в первичную профсоюзную организацию"),
    APPROVED("Заявление одобрено: Вы поставлены на учёт"),
    REJECTED("Заявление отклонено");

    private final String label;

    JoinApplicationStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
