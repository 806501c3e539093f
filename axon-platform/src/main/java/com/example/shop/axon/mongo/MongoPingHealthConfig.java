package com.example.shop.axon.mongo;

import com.mongodb.client.MongoClient;
import org.bson.Document;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;

/**
 * Checks MongoDB with {@code ping}, which both a real MongoDB and the in-process mongo-java-server answer.
 * Boot's own indicator sends {@code hello}, which mongo-java-server does not know, so a healthy service would
 * report DOWN locally. Named like Boot's indicator, so Boot's backs off.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass({MongoClient.class, AbstractHealthIndicator.class})
public class MongoPingHealthConfig {

    @Bean(name = "mongoHealthIndicator")
    AbstractHealthIndicator mongoHealthIndicator(MongoClient mongo) {
        return new AbstractHealthIndicator("MongoDB health check failed") {
            @Override
            protected void doHealthCheck(Health.Builder builder) {
                Document answer = mongo.getDatabase("admin").runCommand(new Document("ping", 1));
                builder.up().withDetail("ping", answer.get("ok"));
            }
        };
    }
}
