package org.unioncabinet.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * HTTP sessions in PostgreSQL (Spring Session JDBC, tables from {@code V10__http_sessions.sql}). Tasklist sends
 * several requests of one session at once; with the plain INSERT two of them adding the same attribute would
 * collide on its primary key and one would fail, so attributes are written with PostgreSQL's upsert.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessions {

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer postgresSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }
}
