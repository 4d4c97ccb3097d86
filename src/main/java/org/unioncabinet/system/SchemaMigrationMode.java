package org.unioncabinet.system;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.CommandLinePropertySource;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * What {@code --migrate-schema} ({@link MigrateSchemaCommand}) needs, whatever else the environment says: the schema
 * updates on (Flyway migrates {@code app}, the engine creates its missing tables), the job executor off (a run that is
 * about to exit must not lock jobs it will never finish) and any free port (it may run beside a serving node). Set
 * above every other source, so an operator cannot forget one. Registered in {@code META-INF/spring.factories}.
 */
public class SchemaMigrationMode implements EnvironmentPostProcessor {

    static final String PROPERTY_SOURCE = "cabinetMigrateSchema";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        PropertySource<?> arguments = environment.getPropertySources()
                .get(CommandLinePropertySource.COMMAND_LINE_PROPERTY_SOURCE_NAME);
        if (arguments == null || !arguments.containsProperty(MigrateSchemaCommand.OPTION)) {
            return;
        }
        environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of(
                "cabinet.database.schema-update", "true",
                "camunda.bpm.database.schema-update", "true",
                "camunda.bpm.job-execution.enabled", "false",
                "server.port", "0")));
    }
}
