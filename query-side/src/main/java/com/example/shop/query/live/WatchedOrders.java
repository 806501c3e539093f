package com.example.shop.query.live;

import com.example.shop.api.order.FindOrderQuery;
import com.example.shop.api.order.FindOrderTimelineQuery;
import com.example.shop.api.order.OrderTimelineView;
import com.example.shop.api.order.OrderView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The orders somebody watches, and their streams. One check reads each watched order once, however many pages
 * watch it, from this instance's read model; so a stream sees every change whichever instance projected it, at the
 * cost of reading a watched order by its id every {@code check-interval}. A watcher gets an {@code order} event at
 * once and then at each change; its stream ends once the order has ended and stayed unchanged for a few checks.
 */
@Component
class WatchedOrders {

    private static final Logger log = LoggerFactory.getLogger(WatchedOrders.class);

    private final QueryGateway queries;
    private final LiveProperties properties;
    private final Clock clock;
    private final Map<UUID, List<Watcher>> watchers = new ConcurrentHashMap<>();
    private final AtomicInteger streams = new AtomicInteger();

    WatchedOrders(QueryGateway queries, LiveProperties properties) {
        this.queries = queries;
        this.properties = properties;
        this.clock = Clock.systemUTC();
    }

    /** A stream of the order's changes, starting with how it is now. */
    SseEmitter watch(OrderView order) {
        if (streams.incrementAndGet() > properties.maxStreams()) {
            streams.decrementAndGet();
            throw new TooManyStreams();
        }
        SseEmitter emitter = new SseEmitter(properties.maxAge().toMillis());
        Watcher watcher = new Watcher(order.id(), emitter);
        emitter.onCompletion(() -> forget(watcher));
        emitter.onTimeout(emitter::complete);
        emitter.onError(failure -> forget(watcher));
        try {
            OrderUpdate now = new OrderUpdate(order, timelineOf(order.id()));
            watcher.offer(now);
            if (now.ended() && order.updatedAt().isBefore(clock.instant().minus(settlingTime()))) {
                watcher.end(); // ended long enough ago that its story is complete: nothing more to tell
            } else {
                watchers.computeIfAbsent(order.id(), id -> new CopyOnWriteArrayList<>()).add(watcher);
            }
            return emitter;
        } catch (RuntimeException e) {
            forget(watcher);
            throw e;
        }
    }

    private Duration settlingTime() {
        return properties.checkInterval().multipliedBy(properties.settledChecks());
    }

    @Scheduled(fixedDelayString = "${shop.live.check-interval}")
    void check() {
        watchers.forEach((orderId, watching) -> {
            try {
                OrderUpdate now = read(orderId);
                if (now != null) { // null: the read model does not hold the order (yet), nothing to tell this round
                    watching.forEach(watcher -> watcher.offer(now));
                }
            } catch (RuntimeException e) {
                log.warn("Watched order {} could not be read: {}", orderId, e.getMessage());
            }
        });
    }

    private OrderUpdate read(UUID orderId) {
        OrderView order = queries.query(new FindOrderQuery(orderId), ResponseTypes.instanceOf(OrderView.class)).join();
        return order == null ? null : new OrderUpdate(order, timelineOf(orderId));
    }

    private OrderTimelineView timelineOf(UUID orderId) {
        return queries.query(new FindOrderTimelineQuery(orderId), ResponseTypes.instanceOf(OrderTimelineView.class))
                .join();
    }

    /** Called once or more as a stream ends (completed, timed out, failed); counts it once. */
    private void forget(Watcher watcher) {
        if (!watcher.forgotten.compareAndSet(false, true)) {
            return;
        }
        streams.decrementAndGet();
        watchers.computeIfPresent(watcher.orderId, (id, watching) -> {
            watching.remove(watcher);
            return watching.isEmpty() ? null : watching;
        });
    }

    /** One open stream, and what it was last told. Touched by one thread at a time: its request's, then the check's. */
    private final class Watcher {

        private final UUID orderId;
        private final SseEmitter emitter;
        private final AtomicBoolean forgotten = new AtomicBoolean();
        private String told = "";
        private int unchanged;
        private Instant lastSent = Instant.EPOCH;

        private Watcher(UUID orderId, SseEmitter emitter) {
            this.orderId = orderId;
            this.emitter = emitter;
        }

        void offer(OrderUpdate update) {
            if (forgotten.get()) {
                return;
            }
            try {
                if (!update.fingerprint().equals(told)) {
                    emitter.send(SseEmitter.event().name("order").data(update, MediaType.APPLICATION_JSON));
                    told = update.fingerprint();
                    unchanged = 0;
                    lastSent = clock.instant();
                } else if (update.ended() && ++unchanged >= properties.settledChecks()) {
                    end();
                } else if (clock.instant().isAfter(lastSent.plus(properties.heartbeat()))) {
                    emitter.send(SseEmitter.event().comment("still watching"));
                    lastSent = clock.instant();
                }
            } catch (IOException | IllegalStateException gone) {
                // the watcher went away (closed tab, lost connection): nothing to tell any more
                emitter.completeWithError(gone);
                forget(this);
            }
        }

        void end() {
            emitter.complete();
            forget(this);
        }
    }

    /** More streams open than this instance holds. */
    static final class TooManyStreams extends RuntimeException {
        TooManyStreams() {
            super("too many orders are being watched on this instance; ask for the order instead");
        }
    }
}
