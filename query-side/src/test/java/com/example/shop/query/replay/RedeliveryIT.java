package com.example.shop.query.replay;

import com.example.shop.query.support.QuerySideIT;
import com.example.shop.query.support.ReadModelSnapshot;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Delivery is at least once: when a processor's token goes back (a crash before it was stored, say), its
 * events arrive again in the same generation, and every read model must end exactly as it was.
 */
class RedeliveryIT extends QuerySideIT {

    @Autowired
    private EventProcessingConfiguration processing;
    @Autowired
    private TokenStore tokens;
    @Autowired
    private TransactionTemplate transaction;
    @Autowired
    private JdbcClient jdbc;
    @Autowired
    private MongoTemplate mongo;

    @Test
    void handlingEveryEventASecondTimeLeavesEveryReadModelIdentical() {
        shopActivity();
        awaitReadModelsCaughtUp();
        ReadModelSnapshot before = ReadModelSnapshot.take(jdbc, mongo);

        for (String name : List.of("orders", "catalog", "order-timeline")) {
            StreamingEventProcessor processor = processing.eventProcessor(name, StreamingEventProcessor.class)
                    .orElseThrow();
            processor.shutdownAsync().join();
            transaction.executeWithoutResult(tx -> {
                for (int segment : tokens.fetchSegments(name)) {
                    tokens.storeToken(null, name, segment);
                }
            });
            processor.start();
        }
        awaitReadModelsCaughtUp();

        ReadModelSnapshot after = ReadModelSnapshot.take(jdbc, mongo);
        assertThat(after.orders()).isNotEmpty();
        assertThat(after.catalog()).isNotEmpty();
        assertThat(after.timelineSteps()).isNotEmpty();
        assertThat(after).isEqualTo(before);
    }
}
