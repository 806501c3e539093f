package com.example.shop.benchmarks.replay;

import com.example.shop.benchmarks.cpu.CpuTime;
import com.example.shop.testsupport.ShopApi;
import com.example.shop.testsupport.system.Client;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rebuilds one read model through query-side's own replay (the processors, handlers and stores that serve the
 * API) and times it from the request until the new generation has replaced the old one.
 */
public final class ReadModelRebuild {

    /** How long the rebuild of {@code events} stored events took, and the CPU time each part used meanwhile. */
    public record Rebuilt(String readModel, long events, double seconds, CpuTime cpu) {
        public double eventsPerSecond() {
            return events / seconds;
        }

        /** CPU milliseconds a thousand replayed events cost each part a replay keeps busy. */
        public Map<String, Double> cpuMillisPerThousandEvents() {
            Map<String, Double> millis = new LinkedHashMap<>();
            CpuTime.REPLAY_PARTS.forEach(part -> millis.put(part,
                    CpuTime.millis(cpu.ticksByPart().getOrDefault(part, 0L)) / (events / 1000.0)));
            return millis;
        }
    }

    private final Client admin;

    /** {@code admin} talks to query-side, where the replay endpoints live. */
    public ReadModelRebuild(Client admin) {
        this.admin = admin;
    }

    public Rebuilt rebuild(String readModel, long storedEvents, Duration timeout) throws InterruptedException {
        awaitIdle(readModel, timeout);
        CpuTime cpuAtStart = CpuTime.readIfAvailable();
        long start = System.nanoTime();
        ShopApi.Response started = admin.post("/api/admin/processors/" + readModel + "/replay", null);
        if (started.status() != 202) {
            throw new IllegalStateException("replay of " + readModel + " refused: " + started.raw().body());
        }
        long giveUp = start + timeout.toNanos();
        while (System.nanoTime() < giveUp) {
            JsonNode status = status(readModel);
            if (status != null && !status.get("replaying").asBoolean()) {
                double seconds = (System.nanoTime() - start) / 1e9;
                return new Rebuilt(readModel, storedEvents, seconds, CpuTime.readIfAvailable().since(cpuAtStart));
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("replay of " + readModel + " did not finish within " + timeout);
    }

    /** Waits until the processor has no lag, so the rebuild starts from a caught-up model. */
    private void awaitIdle(String readModel, Duration timeout) throws InterruptedException {
        long giveUp = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < giveUp) {
            JsonNode status = status(readModel);
            if (status != null && !status.get("replaying").asBoolean() && status.get("lag").asLong() == 0) {
                return;
            }
            Thread.sleep(250);
        }
    }

    private JsonNode status(String readModel) {
        ShopApi.Response answer = admin.get("/api/admin/processors");
        if (answer.status() != 200) {
            return null;
        }
        for (JsonNode processor : answer.body()) {
            if (processor.get("name").asString().equals(readModel)) {
                return processor;
            }
        }
        return null;
    }
}
