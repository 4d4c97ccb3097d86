package org.unioncabinet.registry;

/** Whether a registry record is a current member; only a current member can prove membership in the cabinet. */
public enum MembershipStatus {

    ACTIVE("Состоит на учёте"),
    LEFT("Выбыл");

    private final String label;

    MembershipStatus(String label) {
        this.label = label;
    }

    /** What the member reads in the cabinet. */
    public String label() {
        return label;
    }
}
