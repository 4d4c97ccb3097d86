package org.unioncabinet.registry;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cabinet.registry.*}.
 *
 * @param demoData load {@code demo/registry.csv} at start-up (development; the prod profile turns it off)
 */
@ConfigurationProperties(prefix = "cabinet.registry")
public record RegistryProperties(boolean demoData) {
}
