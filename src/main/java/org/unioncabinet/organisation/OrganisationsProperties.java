package org.unioncabinet.organisation;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code cabinet.organisations.*}.
 *
 * @param demoDirectory whether an empty directory is filled with the generated demo directory at start-up
 *                      (development and demonstrations; production imports the real one instead)
 * @param demoSize      how many educational organisations the demo directory has
 */
@ConfigurationProperties(prefix = "cabinet.organisations")
public record OrganisationsProperties(boolean demoDirectory, int demoSize) {
}
