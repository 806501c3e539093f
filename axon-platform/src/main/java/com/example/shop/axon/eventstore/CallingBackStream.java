package com.example.shop.axon.eventstore;

import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingEventStream;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A stream of the embedded store that accepts an availability callback, which the store runs whenever it has cached
 * new events; everything else is the store's own stream.
 */
final class CallingBackStream implements TrackingEventStream {

    private final TrackingEventStream events;
    private final Set<Runnable> callbacks;
    private Runnable callback;

    CallingBackStream(TrackingEventStream events, Set<Runnable> callbacks) {
        this.events = events;
        this.callbacks = callbacks;
    }

    @Override
    public boolean setOnAvailableCallback(Runnable callback) {
        if (this.callback != null) {
            callbacks.remove(this.callback);
        }
        this.callback = callback;
        callbacks.add(callback);
        return true;
    }

    @Override
    public Optional<TrackedEventMessage<?>> peek() {
        return events.peek();
    }

    @Override
    public boolean hasNextAvailable(int timeout, TimeUnit unit) throws InterruptedException {
        return events.hasNextAvailable(timeout, unit);
    }

    @Override
    public TrackedEventMessage<?> nextAvailable() throws InterruptedException {
        return events.nextAvailable();
    }

    @Override
    public void skipMessagesWithPayloadTypeOf(TrackedEventMessage<?> ignoredMessage) {
        events.skipMessagesWithPayloadTypeOf(ignoredMessage);
    }

    @Override
    public void close() {
        if (callback != null) {
            callbacks.remove(callback);
        }
        events.close();
    }
}
