package com.example.shop.axon.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.EventBusSpanFactory;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaAutoConfiguration;
import org.axonframework.springboot.autoconfig.JpaEventStoreAutoConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.TransactionAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

import javax.sql.DataSource;
import java.time.Duration;

/**
 * Axon's state on PostgreSQL through JDBC, with tables the services create themselves (Flyway, bytea columns),
 * so nothing is ever stored as a large object and no Hibernate mapping can drift from the schema.
 * <p>
 * Declared here rather than left to Axon's {@code JdbcAutoConfiguration}: on Boot 4 that class is evaluated
 * before the DataSource exists and silently backs off, leaving no event store at all. In the {@code axonserver}
 * profile Axon Server stores the events; tokens stay in PostgreSQL with the read models they belong to.
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JpaAutoConfiguration.class, JpaEventStoreAutoConfiguration.class,
        TransactionAutoConfiguration.class, NoOpTransactionAutoConfiguration.class})
public class AxonPostgresConfig {

    /**
     * Units of work run in the Spring transaction: a processor's token, the state its handlers change and the
     * events of the commands they send commit together or not at all. Declared here because Axon's own
     * {@code TransactionAutoConfiguration} orders itself after Boot 3's class names; on Boot 4 it is evaluated
     * before the transaction manager exists, backs off, and Axon silently runs with no transaction at all, so
     * a crash between two statements kept one and lost the other.
     */
    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    /** Every Axon table access joins the Spring transaction of the unit of work. */
    @Bean
    ConnectionProvider connectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    /**
     * A second creation event for one aggregate id violates a unique key (SQL state 23505). Recognising it lets
     * Axon report {@code AggregateStreamCreationException}; the resolver Axon's JDBC auto-configuration would
     * pick only recognises JPA's exceptions.
     */
    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    /** The shared event tables live in schema {@code events}; everything else in each service's own schema. */
    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("events.DomainEventEntry")
                .snapshotTable("events.SnapshotEventEntry")
                .build();
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EventStorageEngine eventStorageEngine(Serializer serializer, @Qualifier("eventSerializer") Serializer events,
                                          PersistenceExceptionResolver exceptions,
                                          org.axonframework.config.Configuration configuration,
                                          ConnectionProvider connections, TransactionManager transactions,
                                          EventSchema schema) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(serializer)
                .eventSerializer(events)
                .upcasterChain(configuration.upcasterChain())
                .snapshotFilter(configuration.snapshotFilter())
                .persistenceExceptionResolver(exceptions)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .build();
    }

    /**
     * The event store, woken whenever events are committed, by this service or (through PostgreSQL's notifications)
     * any other, instead of only at its poll (see {@link WakeableEventStore}). It still polls every
     * {@code shop.events.poll-interval}, so a lost notification delays an event by that much at most. Named and
     * qualified as Axon's own, which then backs off.
     */
    @Bean(name = "eventBus")
    @Qualifier("eventStore")
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    WakeableEventStore eventStore(EventStorageEngine engine, org.axonframework.config.Configuration configuration,
                                  @Value("${shop.events.poll-interval:1s}") Duration pollInterval) {
        return new WakeableEventStore(EmbeddedEventStore.builder()
                .storageEngine(engine)
                .messageMonitor(configuration.messageMonitor(EventStore.class, "eventStore"))
                .spanFactory(configuration.getComponent(EventBusSpanFactory.class))
                .fetchDelay(pollInterval.toMillis()));
    }

    @Bean
    @ConditionalOnProperty(name = "axon.axonserver.enabled", havingValue = "false", matchIfMissing = true)
    EventsAppendedListener eventsAppendedListener(
            DataSourceProperties database, WakeableEventStore eventStore,
            @Value("${spring.application.name}") String service,
            @Value("${shop.events.min-wake-interval:50ms}") Duration minWakeInterval) {
        return new EventsAppendedListener(database.determineUrl(), database.determineUsername(),
                database.determinePassword(), service + " events listener", eventStore::eventsAppendedElsewhere,
                minWakeInterval);
    }

    /** Tokens live in the service's own schema, next to the state they describe, and commit with it. */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .build();
    }

    /**
     * Events are read by services that may be older or newer than their writer: ignore what is unknown.
     * <p>
     * After a reset, Axon stores a {@code ReplayToken}, whose reset context is typed {@code Object}; Jackson 3's
     * default validator refuses every subtype of {@code Object}, so without this a processor could never load
     * its token again after a replay. Only Axon's own types and ours may be named in stored type information.
     */
    @Bean
    Jackson3SerializerCustomizer tolerantReader() {
        return builder -> builder
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder()
                        .allowIfSubType("org.axonframework.")
                        .allowIfSubType("com.example.shop.")
                        .build());
    }

    /**
     * An event handler that fails is never skipped: the error goes to the processor, which rolls the batch back
     * and retries it (streaming processors) or fails the command that published the event (subscribing).
     */
    @Bean
    ConfigurerModule propagateHandlerErrors() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }
}
