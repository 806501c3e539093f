package com.example.shop.axon.processors;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import java.util.Comparator;
import java.util.List;

/**
 * {@code GET /actuator/processors}: every streaming event processor of the service (a saga's, a projection's, the
 * e-mails'), with the segments this instance works on and how far behind the event log they are. Only the
 * segments in this instance are known here; with several instances the gateway shows each one's answer.
 */
@Endpoint(id = "processors")
public class ProcessorStatuses {

    private final String service;
    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;

    public ProcessorStatuses(String service, EventProcessingConfiguration processing, EventStore eventStore) {
        this.service = service;
        this.processing = processing;
        this.eventStore = eventStore;
    }

    @ReadOperation
    public List<ProcessorStatus> statuses() {
        long end = position(eventStore.createHeadToken());
        return processing.eventProcessors().values().stream()
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .map(processor -> status(processor, end))
                .sorted(Comparator.comparing(ProcessorStatus::name))
                .toList();
    }

    private ProcessorStatus status(StreamingEventProcessor processor, long end) {
        List<ProcessorStatus.Segment> segments = processor.processingStatus().values().stream()
                .sorted(Comparator.comparingInt(segment -> segment.getSegment().getSegmentId()))
                .map(segment -> new ProcessorStatus.Segment(segment.getSegment().getSegmentId(),
                        segment.getCurrentPosition().orElse(-1), segment.isErrorState()))
                .toList();
        long position = segments.stream().mapToLong(ProcessorStatus.Segment::position).min().orElse(-1);
        String status = !processor.isRunning() ? "STOPPED"
                : segments.stream().anyMatch(ProcessorStatus.Segment::error) ? "ERROR"
                : segments.isEmpty() ? "IDLE" : "RUNNING";
        return new ProcessorStatus(service, processor.getName(), status,
                processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isReplaying),
                position, segments.isEmpty() ? 0 : Math.max(0, end - position), segments);
    }

    private static long position(TrackingToken token) {
        return token == null ? -1 : token.position().orElse(-1);
    }
}
