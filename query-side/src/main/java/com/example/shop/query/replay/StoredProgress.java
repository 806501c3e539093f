package com.example.shop.query.replay;

import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * How far a processor has got, as its stored tokens say. The token store is the only trustworthy source: the
 * tokens commit with the read model's changes, whereas a processor's in-memory status can still show the
 * positions of before a reset for a moment after it restarts, which would declare a replay complete that has
 * not begun.
 */
@Component
class StoredProgress {

    private final JdbcClient jdbc;
    private final Serializer serializer;

    StoredProgress(JdbcClient jdbc, Serializer serializer) {
        this.jdbc = jdbc;
        this.serializer = serializer;
    }

    /**
     * The position every segment has stored: the lowest of them; empty while any segment has none yet (a
     * replay that has not handled its first event, or a processor that never ran).
     */
    OptionalLong position(String processor) {
        Collection<OptionalLong> segments = positionsBySegment(processor).values();
        if (segments.isEmpty() || segments.stream().anyMatch(OptionalLong::isEmpty)) {
            return OptionalLong.empty();
        }
        return segments.stream().mapToLong(OptionalLong::getAsLong).min();
    }

    /** Each segment's stored position; empty for a segment that has none yet. */
    Map<Integer, OptionalLong> positionsBySegment(String processor) {
        Map<Integer, OptionalLong> segments = new TreeMap<>();
        jdbc.sql("SELECT segment, token, tokenType FROM TokenEntry WHERE processorName = :name")
                .param("name", processor)
                .query(rs -> {
                    segments.put(rs.getInt(1), position(rs.getBytes(2), rs.getString(3)));
                });
        return segments;
    }

    private OptionalLong position(byte[] token, String type) {
        if (token == null) {
            return OptionalLong.empty();
        }
        TrackingToken tracking = serializer.deserialize(
                new SimpleSerializedObject<>(token, byte[].class, new SimpleSerializedType(type, null)));
        return tracking == null ? OptionalLong.empty() : tracking.position();
    }
}
