package org.unioncabinet.dictation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cabinet.dictation.*}.
 *
 * @param demoEdition load the always open demonstration edition ({@code demo/dictation-demo.csv}) at start-up;
 *                    the prod profile turns it off
 */
@ConfigurationProperties(prefix = "cabinet.dictation")
public record DictationProperties(boolean demoEdition) {
}
