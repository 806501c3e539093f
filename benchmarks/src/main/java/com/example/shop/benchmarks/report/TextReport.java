package com.example.shop.benchmarks.report;

import com.example.shop.benchmarks.cpu.CpuTime;
import com.example.shop.benchmarks.load.OpenLoopRun.Latency;
import com.example.shop.benchmarks.read.ReadRun.ReadLatency;
import com.example.shop.benchmarks.read.SignUpFlood;
import com.example.shop.benchmarks.read.ReadRun.ReadThroughput;
import com.example.shop.benchmarks.replay.ReadModelRebuild.Rebuilt;
import com.example.shop.benchmarks.snapshot.InventoryLoadTime.Timing;
import com.example.shop.testsupport.RunMode;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import static com.example.shop.benchmarks.report.Results.millis;

/** The results table printed at the end of a run. */
public final class TextReport {

    private TextReport() {
    }

    public static String render(Results results) {
        StringBuilder out = new StringBuilder();
        line(out, "== Shop benchmark ==");
        results.machine.forEach((key, value) -> line(out, "  %-22s %s", key, value));
        line(out, "");
        line(out, "Throughput at saturation (confirmed one-line orders/s, mean of rounds)         target >= 500");
        line(out, "  through the gateway            %8.1f", results.throughputOf("gateway"));
        line(out, "  straight to command-side       %8.1f", results.throughputOf("command-side"));
        line(out, "  gateway's cost                 %7.1f %%",
                100 * (1 - results.throughputOf("gateway") / results.throughputOf("command-side")));
        results.throughput.forEach(t -> line(out, "    round %-13s %8.1f confirmed/s, %8.1f accepted/s, %d errors, %.0f s",
                t.target(), t.confirmedPerSecond(), t.acceptedPerSecond(), t.errors(), t.seconds()));
        if (results.cpu != null) {
            line(out, "");
            line(out, "CPU per confirmed order (gateway rounds; machine %.0f %% busy)",
                    100 * results.cpu.machineBusyShare());
            results.cpu.millisByPart().forEach((part, millis) -> line(out, "  %-40s %6.1f ms", part, millis));
            line(out, "  %-40s %6.1f ms: %d cores allow at most %.0f orders/s", "total", results.cpu.totalMillis(),
                    results.cpu.cores(), results.cpu.ceilingPerSecond());
            line(out, "  %-40s %6.1f ms", "of which the services' JIT compilers", results.cpu.jitMillis());
        }
        if (results.shape != null && results.floor != null) {
            line(out, "");
            line(out, "Physical floor (same PostgreSQL, plain JDBC, %d threads, same write shape)", results.floor.threads());
            if (results.runMode == RunMode.AXONSERVER) {
                line(out, "  the events are in Axon Server: this is PostgreSQL's part of an order only (tokens, sagas, "
                        + "read models)");
            }
            line(out, "  per confirmed order: %.1f commits, %.1f rows inserted, %.1f updated, %.1f deleted",
                    results.shape.commits(), results.shape.inserts(), results.shape.updates(), results.shape.deletes());
            results.shape.rowsPerTable().forEach((table, rows) -> line(out,
                    "    %-44s ins %5.2f  upd %5.2f  del %5.2f", table, rows[0], rows[1], rows[2]));
            line(out, "  floor                          %8.1f orders/s (%.0f commits/s)",
                    results.floor.ordersPerSecond(), results.floor.commitsPerSecond());
            line(out, "  system / floor                 %8.1f %%",
                    100 * results.throughputOf("gateway") / results.floor.ordersPerSecond());
        }
        line(out, "");
        line(out, "POST /api/orders latency, open loop, corrected for coordinated omission (ms)  target p99 < 50 at 250/s");
        line(out, "  %-10s %8s %7s %8s %8s %8s %8s | %s", "target", "rate/s", "sent", "p50", "p99", "p99.9", "max",
                "placed->CONFIRMED visible p50 / p99 (samples)");
        for (Latency l : results.latencies) {
            line(out, "  %-10s %8.1f %7d %8.1f %8.1f %8.1f %8.1f | %8.1f / %8.1f (%d)%s", l.target(), l.rate(),
                    l.sent(), millis(l.post(), 50), millis(l.post(), 99), millis(l.post(), 99.9),
                    l.post().getMaxValue() / 1000.0, millis(l.confirmLag(), 50), millis(l.confirmLag(), 99),
                    l.confirmLag().getTotalCount(), l.errors() > 0 ? "  errors " + l.errors() : "");
        }
        line(out, "");
        line(out, "Reads at saturation, %d connections (closed loop: reads/s, answer p50 / p99 ms)   target by id and"
                + " first page >= 3000/s, p99 < 20, gateway / direct >= 0.8", results.reads.stream()
                .mapToInt(ReadThroughput::connections).findFirst().orElse(0));
        line(out, "  %-24s %10s %8s %8s | %10s %8s %8s | %9s", "read", "gateway/s", "p50", "p99", "direct/s", "p50",
                "p99", "gw/direct");
        results.reads.stream().map(ReadThroughput::read).distinct().forEach(read -> {
            ReadThroughput gateway = readOf(results, read, "gateway");
            ReadThroughput direct = readOf(results, read, "query-side");
            line(out, "  %-24s %10.0f %8.1f %8.1f | %10.0f %8.1f %8.1f | %9.2f%s", read, perSecond(gateway),
                    p(gateway, 50), p(gateway, 99), perSecond(direct), p(direct, 50), p(direct, 99),
                    perSecond(gateway) / perSecond(direct), errors(gateway, direct));
        });
        results.reads.stream().filter(r -> r.cpuInWindow().machineTotalTicks() > 0).forEach(r -> {
            StringBuilder parts = new StringBuilder();
            r.cpuInWindow().ticksByPart().forEach((part, ticks) -> parts.append(parts.isEmpty() ? "" : ", ")
                    .append(String.format(Locale.ROOT, "%s %.0f", part, CpuTime.millis(ticks) * 1000
                            / Math.max(1, r.reads()))));
            line(out, "    CPU ms per 1,000 reads, %s via %s: %s; machine %.0f %% busy", r.read(), r.target(), parts,
                    100 * r.cpuInWindow().machineBusyShare());
        });
        line(out, "");
        line(out, "Reads at a fixed rate, open loop, corrected for coordinated omission (ms)");
        line(out, "  %-24s %-11s %8s %7s %8s %8s %8s", "read", "target", "rate/s", "sent", "p50", "p99", "p99.9");
        for (ReadLatency r : results.readLatencies) {
            line(out, "  %-24s %-11s %8.0f %7d %8.1f %8.1f %8.1f%s", r.read(), r.target(), r.rate(), r.sent(),
                    millis(r.latency(), 50), millis(r.latency(), 99), millis(r.latency(), 99.9),
                    r.errors() > 0 ? "  errors " + r.errors() : "");
        }
        if (results.signUpFlood != null) {
            SignUpFlood.Outcome flood = results.signUpFlood;
            line(out, "  gw+sign-ups: while %d connections sent %d sign-ups in %.0f s (%.1f/s), answered by status %s",
                    flood.senders(), flood.sent(), flood.seconds(), flood.sent() / Math.max(1, flood.seconds()),
                    flood.byStatus());
        }
        line(out, "");
        line(out, "Replay (read model rebuilt through query-side's processors)                   target >= 20000 events/s");
        for (Rebuilt r : results.replays) {
            line(out, "  %-16s %10d events in %7.1f s = %9.0f events/s", r.readModel(), r.events(), r.seconds(),
                    r.eventsPerSecond());
            if (r.cpu().machineTotalTicks() > 0) {
                StringBuilder parts = new StringBuilder();
                r.cpuMillisPerThousandEvents().forEach((part, millis) -> parts.append(parts.isEmpty() ? "" : ", ")
                        .append(String.format(Locale.ROOT, "%s %.0f ms", part, millis)));
                line(out, "  %-16s CPU per 1,000 events: %s; machine %.0f %% busy", "", parts,
                        100 * r.cpu().machineBusyShare());
            }
        }
        line(out, "");
        line(out, "Growth (gateway; POST latency at a fixed rate)                                 target: flat");
        line(out, "  %14s %14s %9s %9s %9s", "stored events", "confirmed/s", "rate/s", "p50 ms", "p99 ms");
        results.growth.forEach(g -> line(out, "  %14d %14.1f %9.1f %9.1f %9.1f", g.storedEvents(),
                g.confirmedPerSecond(), g.rate(), g.p50Millis(), g.p99Millis()));
        line(out, "");
        line(out, "Inventory load time (one AddStock command straight to command-side, ms)");
        for (Timing t : results.inventoryLoads) {
            line(out, "  %-40s %7d events  median %8.1f  max %8.1f", t.what(), t.events(), t.medianMillis(),
                    t.maxMillis());
        }
        if (!results.notes.isEmpty()) {
            line(out, "");
            results.notes.forEach(note -> line(out, "note: %s", note));
        }
        return out.toString();
    }

    private static ReadThroughput readOf(Results results, String read, String target) {
        return results.reads.stream().filter(r -> r.read().equals(read) && r.target().equals(target)).findFirst()
                .orElse(null);
    }

    private static double perSecond(ReadThroughput run) {
        return run == null ? Double.NaN : run.perSecond();
    }

    private static double p(ReadThroughput run, double percentile) {
        return run == null ? Double.NaN : millis(run.latency(), percentile);
    }

    private static String errors(ReadThroughput... runs) {
        long errors = Arrays.stream(runs).filter(Objects::nonNull).mapToLong(ReadThroughput::errors).sum();
        return errors > 0 ? "  errors " + errors : "";
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(String.format(Locale.ROOT, format, args)).append('\n');
    }
}
