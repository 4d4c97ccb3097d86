package org.unioncabinet.consent;

import java.time.Instant;
import java.util.UUID;

/** A consent as the member's cabinet shows it. */
public record ConsentView(
        UUID id,
        ConsentKind kind,
        int legalTextVersion,
        String purpose,
        Instant givenAt,
        String method,
        /* the signed document that gave it; null for a consent given another way */
        UUID documentId,
        Instant withdrawnAt,
        String withdrawalMethod) {

    static final String PERSONAL_DATA_WITHDRAWAL = "Согласие на обработку персональных данных отзывается заявлением: "
            + "кнопка «Отозвать согласие» покажет, что изменится, и предложит подписать заявление кодом из письма. "
            + "Можно и письменно: в свою первичную профсоюзную организацию или по адресу Общероссийского Профсоюза "
            + "образования (119119, г. Москва, Ленинский проспект, д. 42).";

    static final String ADVERTISING_WITHDRAWAL = "Вы можете отозвать это согласие в любой момент кнопкой "
            + "«Отозвать согласие»: направление сообщений прекратится сразу. Отзыв не влияет на членство в Профсоюзе.";

    public String title() {
        return kind.title();
    }

    public boolean active() {
        return withdrawnAt == null;
    }

    /** Whether the cabinet offers «Отозвать согласие» for it. */
    public boolean withdrawableInCabinet() {
        return active() && kind.withdrawableInCabinet();
    }

    /** Whether the cabinet offers «Отозвать согласие» for it as a statement to sign (the personal-data consent). */
    public boolean withdrawableByStatement() {
        return active() && kind.withdrawnByStatement();
    }

    /** How this consent can be withdrawn, in the member's words; null once it is withdrawn. */
    public String withdrawalNote() {
        if (!active()) {
            return null;
        }
        return kind.withdrawableInCabinet() ? ADVERTISING_WITHDRAWAL : PERSONAL_DATA_WITHDRAWAL;
    }
}
