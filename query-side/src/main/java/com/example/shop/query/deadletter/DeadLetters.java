package com.example.shop.query.deadletter;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/**
 * The events each read model has parked, and their retry. Listing reads the queue's table directly, so a letter
 * whose payload cannot be read any more is still listed; retrying goes through Axon, which hands every letter of
 * a sequence to the read model's handlers in order and takes the sequence out of the queue once all succeed.
 * Handlers are idempotent, so a letter that was half handled before it failed is safe to handle again.
 */
@Service
public class DeadLetters {

    /** Asked about a processor that has no dead-letter queue in this service. */
    public static class UnknownProcessor extends RuntimeException {
        UnknownProcessor(String name) {
            super("no event processor named '" + name + "'");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final EventProcessingConfiguration processing;
    private final JdbcClient jdbc;
    private final Serializer serializer;

    DeadLetters(EventProcessingConfiguration processing, JdbcClient jdbc, Serializer serializer) {
        this.processing = processing;
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /** Every processor that parks events, with what it has parked. */
    public List<ParkedEvents> all() {
        return processing.eventProcessors().keySet().stream().sorted()
                .filter(name -> processing.deadLetterQueue(name).isPresent())
                .map(this::of)
                .toList();
    }

    /**
     * Forgets what a processor has parked, when its read model is rebuilt: the rebuild handles every event again
     * into a new generation, and letters parked for the old one would hold their sequences back in the new one
     * even after the cause is gone. An event that still fails is parked again by the rebuild.
     */
    public void forget(String processor) {
        processing.deadLetterQueue(processor).ifPresent(queue -> {
            long parked = queue.size();
            queue.clear();
            if (parked > 0) {
                log.info("Rebuild of {}: {} parked events dropped, the rebuild handles them again", processor,
                        parked);
            }
        });
    }

    /** How many events a processor has parked. */
    public long parkedCount(String processor) {
        return queue(processor).size();
    }

    /**
     * Retries every sequence the processor has parked, one at a time from its first letter. A sequence that fails
     * again stays parked, with its cause updated and its retry counted; the others are still tried.
     */
    public RetryOutcome retry(String processor) {
        SequencedDeadLetterProcessor<EventMessage<?>> letters = processing.sequencedDeadLetterProcessor(processor)
                .orElseThrow(() -> new UnknownProcessor(processor));
        List<String> heads = sequenceHeads(processor);
        long succeeded = 0;
        for (String head : heads) {
            if (retrySequence(letters, head)) {
                succeeded++;
            }
        }
        long stillParked = queue(processor).amountOfSequences();
        log.info("Retried {} parked sequences of {}: {} handled, {} still parked", heads.size(), processor,
                succeeded, stillParked);
        return new RetryOutcome(processor, heads.size(), succeeded, stillParked);
    }

    private boolean retrySequence(SequencedDeadLetterProcessor<EventMessage<?>> letters, String headEventId) {
        try {
            return letters.process(letter -> letter.message().getIdentifier().equals(headEventId));
        } catch (RuntimeException e) {
            // An infrastructure failure (see ParkPoisonEventsOnly): the letter stays as it was.
            log.warn("Retry of parked event {} failed: {}", headEventId, e.toString());
            return false;
        }
    }

    private ParkedEvents of(String processor) {
        List<ParkedEvent> events = jdbc.sql("""
                        SELECT sequenceIdentifier, sequenceIndex, payloadType, eventIdentifier, token, tokenType,
                               causeType, causeMessage, enqueuedAt, lastTouched, diagnostics
                        FROM DeadLetterEntry WHERE processingGroup = :group
                        ORDER BY sequenceIdentifier, sequenceIndex""")
                .param("group", processor)
                .query((rs, row) -> parked(rs))
                .list();
        return new ParkedEvents(processor, events.stream().map(ParkedEvent::sequence).distinct().count(), events);
    }

    private ParkedEvent parked(ResultSet rs) throws SQLException {
        String payloadType = rs.getString("payloadType");
        return new ParkedEvent(rs.getString("sequenceIdentifier"), rs.getLong("sequenceIndex"),
                payloadType.substring(payloadType.lastIndexOf('.') + 1), rs.getString("eventIdentifier"),
                position(rs.getBytes("token"), rs.getString("tokenType")), rs.getString("causeType"),
                rs.getString("causeMessage"), instant(rs.getString("enqueuedAt")),
                instant(rs.getString("lastTouched")), retries(rs.getBytes("diagnostics")));
    }

    /** The event id of the first letter of every parked sequence. */
    private List<String> sequenceHeads(String processor) {
        return jdbc.sql("""
                        SELECT eventIdentifier FROM DeadLetterEntry letter
                        WHERE processingGroup = :group AND sequenceIndex = (
                            SELECT min(sequenceIndex) FROM DeadLetterEntry
                            WHERE processingGroup = letter.processingGroup
                              AND sequenceIdentifier = letter.sequenceIdentifier)
                        ORDER BY enqueuedAt""")
                .param("group", processor)
                .query(String.class)
                .list();
    }

    private SequencedDeadLetterQueue<EventMessage<?>> queue(String processor) {
        return processing.deadLetterQueue(processor).orElseThrow(() -> new UnknownProcessor(processor));
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return -1;
        }
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null)));
        return tracking == null ? -1 : tracking.position().orElse(-1);
    }

    private long retries(byte[] diagnostics) {
        if (diagnostics == null) {
            return 0;
        }
        MetaData metaData = serializer.deserialize(new SimpleSerializedObject<>(diagnostics, byte[].class,
                new SimpleSerializedType(MetaData.class.getName(), null)));
        return metaData.get(ParkPoisonEventsOnly.RETRIES) instanceof Number n ? n.longValue() : 0;
    }

    private static Instant instant(String stored) {
        return stored == null ? null : Instant.parse(stored);
    }
}
