package com.example.shop.command.inventory;

import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.SnapshotTriggerDefinition;
import org.axonframework.eventsourcing.Snapshotter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Popular products collect thousands of inventory events; their inventory is loaded from a snapshot. */
@Configuration(proxyBeanMethods = false)
class InventorySnapshotConfig {

    @Bean
    SnapshotTriggerDefinition inventorySnapshotTrigger(Snapshotter snapshotter,
                                                       @Value("${shop.inventory.snapshot-threshold}") int threshold) {
        return new EventCountSnapshotTriggerDefinition(snapshotter, threshold);
    }
}
