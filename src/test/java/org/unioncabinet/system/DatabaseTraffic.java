package org.unioncabinet.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * What the web requests ask of PostgreSQL: every statement and every transaction (an explicit commit or rollback
 * after statements, or a statement run in auto-commit, which PostgreSQL also counts as a transaction), recorded on
 * the servlet container's request threads only, so the engine's and the scheduler's own work does not blur a count.
 * Part of the one shared test context ({@code support.CabinetTest}), so a test that counts needs no context of its
 * own: nothing is recorded until a test {@linkplain Recording#clear() starts a recording}, and {@link
 * Recording#stop()} ends it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class DatabaseTraffic {

    /** A statement (its SQL) or the end of a transaction ({@code null} SQL). */
    record Event(String sql) {

        boolean isTransaction() {
            return sql == null;
        }

        boolean touchesSessions() {
            return sql != null && sql.toLowerCase(Locale.ROOT).contains("spring_session");
        }
    }

    /** What the request threads did since {@link #clear()}. */
    static final class Recording {

        private final List<Event> events = new CopyOnWriteArrayList<>();
        private volatile boolean recording;

        /** Forgets what was recorded and records from now on. */
        void clear() {
            events.clear();
            recording = true;
        }

        void stop() {
            recording = false;
            events.clear();
        }

        long transactions() {
            return events.stream().filter(Event::isTransaction).count();
        }

        List<String> statements() {
            return events.stream().filter(event -> !event.isTransaction()).map(Event::sql).toList();
        }

        List<String> sessionStatements() {
            return events.stream().filter(Event::touchesSessions).map(Event::sql).toList();
        }

        private void add(Event event) {
            if (recording && Thread.currentThread().getName().startsWith("http-nio")) {
                events.add(event);
            }
        }
    }

    @Bean
    static Recording databaseTrafficRecording() {
        return RECORDING;
    }

    @Bean
    static BeanPostProcessor recordingDataSources() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource dataSource && !(bean instanceof RecordingDataSource)
                        ? new RecordingDataSource(dataSource) : bean;
            }
        };
    }

    private static final Recording RECORDING = new Recording();

    private static final class RecordingDataSource extends DelegatingDataSource {

        RecordingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return recording(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return recording(super.getConnection(username, password));
        }

        private static Connection recording(Connection connection) {
            return (Connection) Proxy.newProxyInstance(DatabaseTraffic.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, new ConnectionHandler(connection));
        }
    }

    private static final class ConnectionHandler implements InvocationHandler {

        private final Connection target;
        private boolean inTransaction;

        ConnectionHandler(Connection target) {
            this.target = target;
        }

        @Override
        public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
            String name = method.getName();
            if ((name.equals("commit") || name.equals("rollback") && (args == null || args.length == 0)
                    || name.equals("setAutoCommit") && Boolean.TRUE.equals(args[0])) && inTransaction) {
                inTransaction = false;
                RECORDING.add(new Event(null));
            }
            Object result = call(target, method, args);
            if (result instanceof Statement statement && name.startsWith("prepare")) {
                return wrap(statement, (String) args[0]);
            }
            if (result instanceof Statement statement) {
                return wrap(statement, null);
            }
            return result;
        }

        private Object wrap(Statement statement, String sql) {
            Class<?>[] types = statement instanceof java.sql.CallableStatement
                    ? new Class<?>[] {java.sql.CallableStatement.class}
                    : statement instanceof java.sql.PreparedStatement
                            ? new Class<?>[] {java.sql.PreparedStatement.class} : new Class<?>[] {Statement.class};
            return Proxy.newProxyInstance(DatabaseTraffic.class.getClassLoader(), types, (proxy, method, args) -> {
                if (method.getName().startsWith("execute")) {
                    String executed = sql != null ? sql : args != null && args.length > 0 ? (String) args[0] : "?";
                    RECORDING.add(new Event(executed.strip().replaceAll("\\s+", " ")));
                    if (target.getAutoCommit()) {
                        RECORDING.add(new Event(null));
                    } else {
                        inTransaction = true;
                    }
                }
                return call(statement, method, args);
            });
        }

        private static Object call(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
