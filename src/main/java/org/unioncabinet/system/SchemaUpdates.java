package org.unioncabinet.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code DB_SCHEMA_UPDATE} ({@code cabinet.database.schema-update}, default true) for our own tables: true, Flyway
 * migrates schema {@code app} at start-up; false (the stack's serving nodes, after its {@code migrate} service), Flyway
 * only validates, so a node of a new version started before the migration refuses to start, naming the migration not
 * applied, instead of changing tables under nodes that serve members. The engine's own tables follow the same variable
 * ({@code camunda.bpm.database.schema-update}: false only checks they are there).
 */
@Configuration(proxyBeanMethods = false)
class SchemaUpdates {

    @Bean
    FlywayMigrationStrategy flywayMigrationStrategy(@Value("${cabinet.database.schema-update:true}") boolean update) {
        return flyway -> {
            if (update) {
                flyway.migrate();
            } else {
                flyway.validate();
            }
        };
    }
}
