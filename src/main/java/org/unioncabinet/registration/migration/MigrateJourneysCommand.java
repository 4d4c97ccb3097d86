package org.unioncabinet.registration.migration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * The operator's step when upgrading from a version that kept members' data in their journeys: started with
 * {@code --migrate-journeys} (and {@code JOBS_ENABLED=false}, before the new version serves members), the app moves
 * it into the records ({@link JourneyRecordsMigration}), logs what it did and exits: 0 when done, 1 on a failure
 * (the journeys moved before it stay moved; run it again).
 */
@Component
class MigrateJourneysCommand implements ApplicationRunner {

    static final String OPTION = "migrate-journeys";

    private static final Logger log = LoggerFactory.getLogger(MigrateJourneysCommand.class);

    private final JourneyRecordsMigration migration;
    private final ConfigurableApplicationContext context;

    MigrateJourneysCommand(JourneyRecordsMigration migration, ConfigurableApplicationContext context) {
        this.migration = migration;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!args.containsOption(OPTION)) {
            return;
        }
        int exitCode;
        try {
            JourneyRecordsMigration.Report report = migration.run();
            log.info("Регистраций в работе: {}; данные перенесены из процесса в записи: {}; переведены на последнюю "
                    + "версию схемы: {}; оставлены на своей версии: {}", report.journeys(), report.moved(),
                    report.upgraded(), report.left());
            exitCode = 0;
        } catch (RuntimeException e) {
            log.error("Перенос остановлен: {}", e.toString());
            exitCode = 1;
        }
        int code = exitCode;
        System.exit(SpringApplication.exit(context, () -> code));
    }
}
