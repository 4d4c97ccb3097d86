package org.unioncabinet.dictation;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an attempt earns. The names are those of {@code processes/dictation-award.dmn}'s output: the decision may be
 * changed in Modeler, but a name it gives that is not one of these is refused ({@link #named}).
 */
public enum Award {
    DIPLOMA_1("Диплом I степени"),
    DIPLOMA_2("Диплом II степени"),
    DIPLOMA_3("Диплом III степени"),
    PARTICIPANT("Сертификат участника");

    private final String label;

    Award(String label) {
        this.label = label;
    }

    /** As members read it and the decision table writes it. */
    public String label() {
        return label;
    }

    /** The award the decision named, exactly; empty for anything else. */
    public static Optional<Award> named(String label) {
        return Arrays.stream(values()).filter(award -> award.label.equals(label)).findFirst();
    }
}
