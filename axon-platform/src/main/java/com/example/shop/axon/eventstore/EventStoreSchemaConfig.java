package com.example.shop.axon.eventstore;

import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;

/**
 * Creates the shared event tables (schema {@code events}) before a service migrates its own schema. The event
 * schema has a migration history of its own, so every service can run it and whichever starts first creates it.
 * With Axon Server the events live there and this does nothing.
 */
@AutoConfiguration
@ConditionalOnClass(Flyway.class)
@ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
public class EventStoreSchemaConfig {

    @Bean
    FlywayMigrationStrategy eventStoreFirst(DataSource dataSource) {
        return serviceMigration -> {
            Flyway.configure()
                    .dataSource(dataSource)
                    .schemas("events")
                    .locations("classpath:db/events")
                    .table("flyway_events_history")
                    .load()
                    .migrate();
            serviceMigration.migrate();
        };
    }
}
