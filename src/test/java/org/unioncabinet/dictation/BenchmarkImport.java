package org.unioncabinet.dictation;

import java.io.Reader;
import java.time.Clock;
import java.util.Optional;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The app's import service for the benchmark's load JVM, over the app's database in one transaction, as
 * {@code --import-dictation} runs it. The load JVM has no engine: the award decision a file names is not checked
 * against the deployments here, so the benchmark's files name none (the app's default, deployed at its start).
 */
public final class BenchmarkImport {

    private BenchmarkImport() {
    }

    public static DictationImport.Report importFile(DataSource database, Reader file) {
        AwardDecisions deployedWithTheApp = new AwardDecisions(null, null) {
            @Override
            Optional<String> problem(String key) {
                return key.equals(DictationCsv.DEFAULT_AWARD_DECISION) ? Optional.empty()
                        : Optional.of("the benchmark imports only editions with the default award decision");
            }
        };
        DictationImport importer = new DictationImport(JdbcClient.create(database), Clock.systemUTC(), deployedWithTheApp);
        return new TransactionTemplate(new DataSourceTransactionManager(database))
                .execute(status -> importer.importFile(file));
    }
}
