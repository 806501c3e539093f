package com.example.shop.notification.support;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.context.ApplicationContext;

import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * Feeds events the way command-side writes them: as events of the Order aggregate, appended to the real shared
 * event table in a transaction. The service's tracking processor then reads them like any other.
 */
public final class EventFeed {

    public static final String PROCESSOR = "notifications";
    private final EventStore eventStore;
    private final TransactionManager transactions;
    private final EventProcessingConfiguration processing;

    public EventFeed(ApplicationContext context) {
        this.eventStore = context.getBean(EventStore.class);
        this.transactions = context.getBean(TransactionManager.class);
        this.processing = context.getBean(EventProcessingConfiguration.class);
    }

    /** @param sequence the event's place in the order's stream: 0 for the first event of the order here */
    public void publish(UUID orderId, long sequence, Object event) {
        transactions.executeInTransaction(() -> eventStore.publish(
                new GenericDomainEventMessage<>("Order", orderId.toString(), sequence, event)));
    }

    public TrackingEventProcessor processor() {
        return processing.eventProcessor(PROCESSOR, TrackingEventProcessor.class).orElseThrow();
    }

    /**
     * Waits until the processor holds its segment. On its first start it takes its first token at the head of the
     * stream; an event stored before that would, by design, never be notified.
     */
    public void awaitProcessorRunning() {
        await().atMost(Duration.ofSeconds(30))
                .until(() -> processor().isRunning() && !processor().processingStatus().isEmpty());
    }
}
