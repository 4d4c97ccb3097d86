package org.unioncabinet.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The stack's one-shot {@code migrate} service ({@code docker-compose.yml}), and the first step of every upgrade:
 * started with {@code --migrate-schema}, the app starts as usual with the schema updates on and the jobs off
 * ({@link SchemaMigrationMode}), so Flyway migrates schema {@code app}, the engine creates its tables, the diagrams
 * and forms are deployed and the start-up set-up runs (the Tasklist filter, in development the demo data); then it
 * exits 0. A failure stops the start-up, and the JVM exits 1. Serving nodes run with {@code DB_SCHEMA_UPDATE=false}
 * ({@link SchemaUpdates}): they never race each other to create or change a table.
 * <p>
 * On the ready event, not as an {@code ApplicationRunner} like the imports: it comes after every runner, so the set-up
 * they do at start-up is done here once, before several nodes start at the same moment.
 */
@Component
class MigrateSchemaCommand {

    static final String OPTION = "migrate-schema";

    private static final Logger log = LoggerFactory.getLogger(MigrateSchemaCommand.class);

    private final ApplicationArguments args;
    private final ConfigurableApplicationContext context;

    MigrateSchemaCommand(ApplicationArguments args, ConfigurableApplicationContext context) {
        this.args = args;
        this.context = context;
    }

    @EventListener(ApplicationReadyEvent.class)
    void exitWhenMigrated() {
        if (!args.containsOption(OPTION)) {
            return;
        }
        log.info("Schema migrated (Flyway in schema app, the engine's tables), diagrams deployed: exiting");
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
