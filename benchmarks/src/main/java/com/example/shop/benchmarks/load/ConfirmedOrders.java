package com.example.shop.benchmarks.load;

import com.example.shop.testsupport.RunMode;
import com.example.shop.testsupport.TestAxonServer;
import com.example.shop.testsupport.system.EventLog;

import java.sql.SQLException;

/**
 * Orders confirmed since the counter started, counted where the run mode stores events: confirmed means an
 * OrderConfirmedEvent is in the event store, whatever the API has answered so far. The saturation runs pace their
 * senders by it and take their throughput from it.
 */
public interface ConfirmedOrders extends AutoCloseable {

    /** The payload type Axon stores a confirmed order's event under, in both stores. */
    String PAYLOAD_TYPE = "com.example.shop.api.order.OrderConfirmedEvent";

    /** Orders confirmed since this counter started. */
    long total();

    /** A counter from now on, on the store of the given run mode. */
    static ConfirmedOrders countFromNow(RunMode mode) throws SQLException {
        return mode == RunMode.AXONSERVER
                ? new ConfirmedOrdersInAxonServer(TestAxonServer.get().address())
                : new ConfirmedOrdersInPostgres(EventLog.connect());
    }
}
