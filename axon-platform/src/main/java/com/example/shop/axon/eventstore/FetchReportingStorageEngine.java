package com.example.shop.axon.eventstore;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The storage engine as the embedded store's reader thread sees it: a tailing read ({@code mayBlock}, which only
 * that thread asks for) reports when the thread has taken a batch of events, every {@value #REPORT_EVERY} events
 * and at the end of what is stored. Every other call goes straight to the engine.
 */
final class FetchReportingStorageEngine implements EventStorageEngine {

    static final int REPORT_EVERY = 256;
    private final EventStorageEngine engine;
    private final Runnable eventsTaken;

    FetchReportingStorageEngine(EventStorageEngine engine, Runnable eventsTaken) {
        this.engine = engine;
        this.eventsTaken = eventsTaken;
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        Stream<? extends TrackedEventMessage<?>> events = engine.readEvents(trackingToken, mayBlock);
        return mayBlock ? reporting(events) : events;
    }

    private <T> Stream<T> reporting(Stream<T> events) {
        return StreamSupport.stream(new Reporting<>(events.spliterator()), false).onClose(events::close);
    }

    /** Hands events on one at a time; the consumer has dealt with an event by the time it returns. */
    private final class Reporting<T> implements Spliterator<T> {

        private final Spliterator<T> events;
        private int unreported;

        private Reporting(Spliterator<T> events) {
            this.events = events;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (events.tryAdvance(action)) {
                if (++unreported == REPORT_EVERY) {
                    report();
                }
                return true;
            }
            if (unreported > 0) {
                report();
            }
            return false;
        }

        private void report() {
            unreported = 0;
            eventsTaken.run();
        }

        @Override
        public Spliterator<T> trySplit() {
            return null;
        }

        @Override
        public long estimateSize() {
            return events.estimateSize();
        }

        @Override
        public int characteristics() {
            return events.characteristics() & (ORDERED | NONNULL);
        }
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        engine.appendEvents(events);
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        engine.storeSnapshot(snapshot);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier) {
        return engine.readEvents(aggregateIdentifier);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return engine.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return engine.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return engine.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return engine.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return engine.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return engine.createTokenAt(dateTime);
    }
}
