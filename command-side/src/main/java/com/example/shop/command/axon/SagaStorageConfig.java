package com.example.shop.command.axon;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.modelling.saga.repository.SagaStore;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Sagas are stored through JDBC in command-side's schema, next to their token, so a saga step, its token and
 * the commands it causes commit together. The event store and token store come from the service platform.
 */
@Configuration(proxyBeanMethods = false)
class SagaStorageConfig {

    /** Loads a saga with {@code FOR UPDATE}, so two threads never work on one saga at once. */
    @Bean
    SagaStore<Object> sagaStore(ConnectionProvider connections, Serializer serializer) {
        return JdbcSagaStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .sqlSchema(new PostgresSagaSqlSchema())
                .build();
    }
}
