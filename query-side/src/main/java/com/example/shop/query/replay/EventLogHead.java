package com.example.shop.query.replay;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** Where the event log ends right now, as a position that tracking tokens can be compared with. */
@Component
class EventLogHead {

    private final EventStore eventStore;

    EventLogHead(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    long position() {
        TrackingToken head = eventStore.createHeadToken();
        return head == null ? -1 : head.position().orElse(-1);
    }
}
