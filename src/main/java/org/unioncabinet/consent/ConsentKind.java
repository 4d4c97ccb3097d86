package org.unioncabinet.consent;

/** What a member agreed to. Each kind has its legal text, its purpose and its own way of being withdrawn. */
public enum ConsentKind {

    /** 152-FZ, art. 9: required to verify or obtain membership; withdrawn by a signed statement, which the union answers. */
    PERSONAL_DATA("Согласие на обработку персональных данных",
            "Проверка профсоюзного членства; защита и представление интересов члена Профсоюза; "
                    + "учёт членов Профсоюза в АИС «Единый реестр»"),

    /** 38-FZ, art. 18: a separate opt-in; the member withdraws it in the cabinet at any time. */
    ADVERTISING("Согласие на получение информационных и рекламных сообщений",
            "Получение информационных и рекламных сообщений Профсоюза по SMS, PUSH-уведомлениями и электронной почте"),

    /** 152-FZ, art. 9: taking part in «Профсоюзный диктант» and publishing its certificate; given by a tick. */
    DICTATION("Согласие на обработку персональных данных участника «Профсоюзного диктанта»",
            "Проведение «Профсоюзного диктанта», подсчёт результатов, выпуск сертификата и подтверждение его "
                    + "подлинности по коду проверки");

    private final String title;
    private final String purpose;

    ConsentKind(String title, String purpose) {
        this.title = title;
        this.purpose = purpose;
    }

    /** The consent's name as members read it. */
    public String title() {
        return title;
    }

    /** The purpose recorded with every consent of this kind (152-FZ: a consent names its purpose). */
    public String purpose() {
        return purpose;
    }

    public boolean withdrawableInCabinet() {
        return this == ADVERTISING;
    }

    /** Withdrawn by a statement the member signs in the cabinet, which the union then answers (152-FZ, art. 21). */
    public boolean withdrawnByStatement() {
        return this == PERSONAL_DATA;
    }
}
