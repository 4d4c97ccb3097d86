package org.unioncabinet.withdrawal;

/**
 * Why the union keeps some of the member's data after she withdrew her consent (152-FZ, art. 9 p. 2 and art. 21 p. 5:
 * processing goes on without consent only on a basis a federal law gives), as the reviewer chooses it.
 */
public enum KeptBasis {
    NONE("none", "Ничего не хранится"),
    MEMBERSHIP("membership", "Учёт членов Профсоюза, пока лицо состоит в Профсоюзе (Федеральный закон от 12.01.1996 "
            + "№ 10-ФЗ «О профессиональных союзах», Устав Профсоюза)"),
    ARCHIVES("archives", "Хранение документов в сроки, установленные законодательством об архивном деле "
            + "(Федеральный закон от 22.10.2004 № 125-ФЗ)"),
    ACCOUNTING("accounting", "Бухгалтерский учёт членских взносов (Федеральный закон от 06.12.2011 № 402-ФЗ, ст. 29)"),
    OTHER("other", "Иное основание, указанное в ответе");

    private final String value;
    private final String label;

    KeptBasis(String value, String label) {
        this.value = value;
        this.label = label;
    }

    /** As the answer form's select sends it. */
    public String value() {
        return value;
    }

    /** As the member reads it. */
    public String label() {
        return label;
    }
}
