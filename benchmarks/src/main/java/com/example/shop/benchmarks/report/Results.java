package com.example.shop.benchmarks.report;

import com.example.shop.benchmarks.cpu.CpuPerOrder;
import com.example.shop.benchmarks.cpu.CpuTime;
import com.example.shop.benchmarks.floor.RawCommitFloor.Floor;
import com.example.shop.benchmarks.floor.WriteShape;
import com.example.shop.benchmarks.load.OpenLoopRun.Latency;
import com.example.shop.benchmarks.load.SaturationRun.Throughput;
import com.example.shop.benchmarks.read.ReadRun.ReadLatency;
import com.example.shop.benchmarks.read.SignUpFlood;
import com.example.shop.benchmarks.read.ReadRun.ReadThroughput;
import com.example.shop.benchmarks.replay.ReadModelRebuild.Rebuilt;
import com.example.shop.benchmarks.snapshot.InventoryLoadTime.Timing;
import com.example.shop.testsupport.RunMode;
import org.HdrHistogram.Histogram;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Every figure of one run, as the text table, the HTML report and the JSON file show them. */
public final class Results {

    /** Throughput and POST latency with a number of events already stored. */
    public record GrowthPoint(long storedEvents, double confirmedPerSecond, double rate, double p50Millis,
                              double p99Millis) {
    }

    public final Map<String, String> machine = new LinkedHashMap<>();
    /** Where the events were stored: PostgreSQL's event table, or Axon Server. */
    public RunMode runMode = RunMode.LOCAL;
    public final List<Throughput> throughput = new ArrayList<>();
    public WriteShape shape;
    public CpuPerOrder cpu;
    public Floor floor;
    public final List<Latency> latencies = new ArrayList<>();
    public final List<ReadThroughput> reads = new ArrayList<>();
    public final List<ReadLatency> readLatencies = new ArrayList<>();
    public SignUpFlood.Outcome signUpFlood;
    public final List<Rebuilt> replays = new ArrayList<>();
    public final List<GrowthPoint> growth = new ArrayList<>();
    public final List<Timing> inventoryLoads = new ArrayList<>();
    public final List<String> notes = new ArrayList<>();

    /** The mean over the rounds run against one target. */
    public double throughputOf(String target) {
        return throughput.stream().filter(t -> t.target().equals(target))
                .mapToDouble(Throughput::confirmedPerSecond).average().orElse(Double.NaN);
    }

    /** Reads per second of one kind at saturation against one target, NaN when not measured. */
    public double readsPerSecond(String read, String target) {
        return reads.stream().filter(r -> r.read().equals(read) && r.target().equals(target))
                .mapToDouble(ReadThroughput::perSecond).average().orElse(Double.NaN);
    }

    public static double millis(Histogram histogram, double percentile) {
        return histogram.getTotalCount() == 0 ? Double.NaN : histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    /** Plain maps and lists, for the JSON file. */
    public Map<String, Object> toMap() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("runMode", runMode.label());
        root.put("machine", machine);
        List<Object> runs = new ArrayList<>();
        throughput.forEach(t -> runs.add(Map.of("target", t.target(), "confirmedPerSecond", t.confirmedPerSecond(),
                "acceptedPerSecond", t.acceptedPerSecond(), "errors", t.errors(), "seconds", t.seconds(),
                "confirmedEachSecond", t.confirmedEachSecond())));
        root.put("throughput", runs);
        root.put("throughputGateway", throughputOf("gateway"));
        root.put("throughputCommandSide", throughputOf("command-side"));
        if (shape != null) {
            Map<String, Object> perOrder = new LinkedHashMap<>();
            perOrder.put("commits", shape.commits());
            perOrder.put("inserts", shape.inserts());
            perOrder.put("updates", shape.updates());
            perOrder.put("deletes", shape.deletes());
            Map<String, Object> tables = new LinkedHashMap<>();
            shape.rowsPerTable().forEach((table, rows) -> tables.put(table,
                    Map.of("inserted", rows[0], "updated", rows[1], "deleted", rows[2])));
            perOrder.put("rowsPerTable", tables);
            root.put("databaseCostPerOrder", perOrder);
        }
        if (cpu != null) {
            root.put("cpuPerOrder", Map.of("millisByPart", cpu.millisByPart(), "totalMillis", cpu.totalMillis(),
                    "jitMillis", cpu.jitMillis(),
                    "machineBusyShare", cpu.machineBusyShare(), "cores", cpu.cores(),
                    "ceilingPerSecond", cpu.ceilingPerSecond()));
        }
        if (floor != null) {
            root.put("floor", Map.of("ordersPerSecond", floor.ordersPerSecond(), "commitsPerSecond",
                    floor.commitsPerSecond(), "threads", floor.threads(), "seconds", floor.seconds(),
                    "systemToFloorRatio", throughputOf("gateway") / floor.ordersPerSecond()));
        }
        List<Object> latency = new ArrayList<>();
        latencies.forEach(l -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("target", l.target());
            entry.put("rate", l.rate());
            entry.put("sent", l.sent());
            entry.put("errors", l.errors());
            entry.put("postP50Millis", millis(l.post(), 50));
            entry.put("postP99Millis", millis(l.post(), 99));
            entry.put("postP999Millis", millis(l.post(), 99.9));
            entry.put("postMaxMillis", l.post().getMaxValue() / 1000.0);
            entry.put("confirmLagSamples", l.confirmLag().getTotalCount());
            entry.put("confirmLagP50Millis", millis(l.confirmLag(), 50));
            entry.put("confirmLagP99Millis", millis(l.confirmLag(), 99));
            latency.add(entry);
        });
        root.put("latency", latency);
        List<Object> read = new ArrayList<>();
        reads.forEach(r -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("read", r.read());
            entry.put("target", r.target());
            entry.put("connections", r.connections());
            entry.put("readsPerSecond", r.perSecond());
            entry.put("reads", r.reads());
            entry.put("errors", r.errors());
            entry.put("p50Millis", millis(r.latency(), 50));
            entry.put("p99Millis", millis(r.latency(), 99));
            if (r.cpuInWindow().machineTotalTicks() > 0) {
                Map<String, Double> perThousand = new LinkedHashMap<>();
                r.cpuInWindow().ticksByPart().forEach((part, ticks) ->
                        perThousand.put(part, CpuTime.millis(ticks) * 1000 / Math.max(1, r.reads())));
                entry.put("cpuMillisPerThousandReads", perThousand);
                entry.put("machineBusyShare", r.cpuInWindow().machineBusyShare());
            }
            read.add(entry);
        });
        root.put("readSaturation", read);
        List<Object> readLatency = new ArrayList<>();
        readLatencies.forEach(r -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("read", r.read());
            entry.put("target", r.target());
            entry.put("rate", r.rate());
            entry.put("sent", r.sent());
            entry.put("errors", r.errors());
            entry.put("p50Millis", millis(r.latency(), 50));
            entry.put("p99Millis", millis(r.latency(), 99));
            entry.put("p999Millis", millis(r.latency(), 99.9));
            readLatency.add(entry);
        });
        root.put("readLatency", readLatency);
        if (signUpFlood != null) {
            root.put("signUpFlood", Map.of("senders", signUpFlood.senders(), "sent", signUpFlood.sent(),
                    "byStatus", signUpFlood.byStatus(), "seconds", signUpFlood.seconds()));
        }
        List<Object> replay = new ArrayList<>();
        replays.forEach(r -> replay.add(Map.of("readModel", r.readModel(), "events", r.events(),
                "seconds", r.seconds(), "eventsPerSecond", r.eventsPerSecond(),
                "cpuMillisPerThousandEvents", r.cpuMillisPerThousandEvents(),
                "machineBusyShare", r.cpu().machineBusyShare())));
        root.put("replay", replay);
        List<Object> points = new ArrayList<>();
        growth.forEach(g -> points.add(Map.of("storedEvents", g.storedEvents(), "confirmedPerSecond",
                g.confirmedPerSecond(), "rate", g.rate(), "postP50Millis", g.p50Millis(), "postP99Millis",
                g.p99Millis())));
        root.put("growth", points);
        List<Object> loads = new ArrayList<>();
        inventoryLoads.forEach(t -> loads.add(Map.of("what", t.what(), "events", t.events(),
                "medianMillis", t.medianMillis(), "maxMillis", t.maxMillis())));
        root.put("inventoryLoad", loads);
        root.put("notes", notes);
        return root;
    }
}
