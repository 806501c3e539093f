package com.example.shop.axon.eventstore;

import org.axonframework.eventhandling.TrackingEventStream;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Axon's embedded event store, made to react to new events instead of waiting for a poll, in two places:
 * <ul>
 * <li>The store's reader thread fetches new events when this process commits some, and otherwise once per
 * fetch delay: events another service commits waited up to a second. {@link #eventsAppendedElsewhere()} wakes it
 * ({@link EventsAppendedListener} calls it for every notification of the event table).</li>
 * <li>A pooled processor's coordinator looks at a stream that cannot call it back every 500 ms. The streams of
 * this store call back as soon as the reader thread has cached new events (an event seen by a stream that was not
 * yet waiting is found at its next look anyway, and the coordinator still looks every few seconds).</li>
 * </ul>
 * Tracking processors (the saga, the notifications) wait on the stream itself and wake with the reader thread.
 */
final class WakeableEventStore extends EmbeddedEventStore {

    private final Set<Runnable> availabilityCallbacks = ConcurrentHashMap.newKeySet();
    private final EventStorageEngine reportingEngine;

    WakeableEventStore(Builder builder) {
        super(builder);
        this.reportingEngine = new FetchReportingStorageEngine(super.storageEngine(), this::eventsCached);
    }

    /** Another process has committed events: fetch them now rather than at the next poll. */
    void eventsAppendedElsewhere() {
        afterCommit(List.of());
    }

    /** The reader thread reads through this engine, which reports each batch of events it has handed over. */
    @Override
    protected EventStorageEngine storageEngine() {
        return reportingEngine;
    }

    @Override
    public TrackingEventStream openStream(TrackingToken trackingToken) {
        return new CallingBackStream(super.openStream(trackingToken), availabilityCallbacks);
    }

    private void eventsCached() {
        availabilityCallbacks.forEach(Runnable::run);
    }
}
