package com.example.shop.query.replay;

import com.example.shop.query.deadletter.DeadLetters;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Replays read models and reports on every processor. A replay resets the processor's tokens to the start of
 * the event log; its reset handler opens a new generation; once the processor has reached the position the
 * log had when the replay began, the new generation becomes the one queries read and the old one is dropped.
 * Progress is judged by the positions of the stored tokens, not by the processor's replay flag, which can stay
 * set until a new event arrives after the reset point, nor by its in-memory status (see {@link StoredProgress}).
 */
@Service
public class Replays {

    /** Asked for a processor that is not a read model of this service. */
    public static class UnknownReadModel extends RuntimeException {
        UnknownReadModel(String name) {
            super("no read model named '" + name + "'");
        }
    }

    /** Asked to replay a read model that is being rebuilt already. */
    public static class AlreadyReplaying extends RuntimeException {
        AlreadyReplaying(String name) {
            super("read model '" + name + "' is being rebuilt already");
        }
    }

    private static final Logger log = LoggerFactory.getLogger(Replays.class);

    private final Map<String, ReadModel> readModels;
    private final EventProcessingConfiguration processing;
    private final ReadModelGenerations generations;
    private final EventLogHead head;
    private final StoredProgress progress;
    private final DeadLetters deadLetters;
    private final TransactionTemplate transaction;
    private final String service;

    Replays(List<ReadModel> readModels, EventProcessingConfiguration processing, ReadModelGenerations generations,
            EventLogHead head, StoredProgress progress, DeadLetters deadLetters, TransactionTemplate transaction,
            @Value("${spring.application.name}") String service) {
        this.readModels = readModels.stream().collect(java.util.stream.Collectors.toMap(ReadModel::name, r -> r));
        this.processing = processing;
        this.generations = generations;
        this.head = head;
        this.progress = progress;
        this.deadLetters = deadLetters;
        this.transaction = transaction;
        this.service = service;
    }

    public void replay(String name) {
        if (!readModels.containsKey(name)) {
            throw new UnknownReadModel(name);
        }
        if (generations.rebuild(name).isPresent()) {
            throw new AlreadyReplaying(name);
        }
        StreamingEventProcessor processor = processor(name);
        processor.shutdownAsync().join();
        processor.resetTokens();
        processor.start();
        log.info("Replay of {} started", name);
    }

    public List<ProcessorStatus> statuses() {
        long end = head.position();
        return readModels.keySet().stream().sorted().map(name -> status(name, end)).toList();
    }

    /** Promotes every rebuilt generation that has caught up with the event log. */
    @Scheduled(fixedDelayString = "${shop.replay.completion-check-interval}")
    void promoteCaughtUpRebuilds() {
        readModels.values().forEach(readModel -> generations.rebuild(readModel.name())
                .filter(rebuild -> reached(readModel.name(), rebuild.replayUntil()))
                .ifPresent(rebuild -> transaction.executeWithoutResult(tx -> {
                    generations.promote(readModel.name(), rebuild.building());
                    readModel.dropGeneration(rebuild.active());
                    log.info("Read model {} rebuilt: generation {} replaces {}", readModel.name(),
                            rebuild.building(), rebuild.active());
                })));
    }

    private ProcessorStatus status(String name, long end) {
        StreamingEventProcessor processor = processor(name);
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        boolean replaying = generations.rebuild(name).isPresent();
        long position = watchedPosition(name, processor).orElse(-1);
        String status = !processor.isRunning() ? "STOPPED"
                : segments.stream().anyMatch(EventTrackerStatus::isErrorState) ? "ERROR"
                : replaying ? "REPLAYING" : "RUNNING";
        return new ProcessorStatus(service, name, status, replaying, position, Math.max(0, end - position),
                deadLetters.parkedCount(name));
    }

    private boolean reached(String name, long replayUntil) {
        return replayUntil < 0 || progress.position(name).orElse(-1) >= replayUntil;
    }

    /**
     * Where every segment is, for watching: a segment this instance works on tells its live position, fresher
     * than its stored token; any other segment (claimed by another instance, or still held by one that crashed
     * until its claim times out) counts with its stored token. Taking only the live segments would report a
     * processor caught up while some of its segments have not even started.
     */
    private OptionalLong watchedPosition(String name, StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> live = processor.processingStatus();
        Map<Integer, OptionalLong> stored = progress.positionsBySegment(name);
        if (stored.isEmpty()) {
            return OptionalLong.empty();
        }
        long lowest = Long.MAX_VALUE;
        for (Map.Entry<Integer, OptionalLong> segment : stored.entrySet()) {
            EventTrackerStatus running = live.get(segment.getKey());
            OptionalLong position = running != null && running.getCurrentPosition().isPresent()
                    ? running.getCurrentPosition() : segment.getValue();
            if (position.isEmpty()) {
                return OptionalLong.empty();
            }
            lowest = Math.min(lowest, position.getAsLong());
        }
        return OptionalLong.of(lowest);
    }

    private StreamingEventProcessor processor(String name) {
        Optional<StreamingEventProcessor> processor = processing.eventProcessor(name, StreamingEventProcessor.class);
        return processor.orElseThrow(() -> new UnknownReadModel(name));
    }
}
