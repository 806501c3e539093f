package com.example.shop.benchmarks.report;

import com.example.shop.benchmarks.load.OpenLoopRun.Latency;
import com.example.shop.benchmarks.replay.ReadModelRebuild.Rebuilt;
import com.example.shop.benchmarks.report.SvgChart.Series;
import com.example.shop.benchmarks.snapshot.InventoryLoadTime.Timing;
import org.HdrHistogram.HistogramIterationValue;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static com.example.shop.benchmarks.report.Results.millis;

/** index.html (the table and the plots, self-contained) and results.json (every raw figure) in one folder. */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static void write(Results results, Path folder) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("results.json"), JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(results.toMap()));
        StringBuilder html = new StringBuilder("""
                <!DOCTYPE html><html><head><meta charset="utf-8"><title>Shop benchmark (%s)</title>
                <style>body{font-family:sans-serif;max-width:1340px;margin:20px auto}svg{margin:8px;border:1px solid #ddd}
                pre{background:#f6f6f6;padding:10px;overflow-x:auto}</style></head><body><h1>Shop benchmark</h1>
                <p>Run mode: %s</p>
                """.formatted(results.runMode.label(),
                SvgChart.escape(results.machine.getOrDefault("run mode", results.runMode.label()))));
        html.append("<h2>Charts</h2><div>");
        html.append(SvgChart.bars("Throughput at saturation", "confirmed orders/s",
                List.of("gateway", "command-side", "PostgreSQL floor"),
                List.of(results.throughputOf("gateway"), results.throughputOf("command-side"),
                        results.floor == null ? Double.NaN : results.floor.ordersPerSecond()), 500));
        if (results.cpu != null) {
            html.append(SvgChart.bars("CPU per confirmed order", "ms",
                    List.copyOf(results.cpu.millisByPart().keySet()),
                    List.copyOf(results.cpu.millisByPart().values()), Double.NaN));
        }
        html.append(latencyPercentiles(results));
        List<String> labels = new ArrayList<>();
        List<Double> p99 = new ArrayList<>();
        for (Latency l : results.latencies) {
            labels.add(String.format(Locale.ROOT, "%.0f/s p99", l.rate()));
            p99.add(millis(l.post(), 99));
        }
        html.append(SvgChart.bars("POST /api/orders p99 by arrival rate", "ms", labels, p99, 50));
        List<String> lagLabels = new ArrayList<>();
        List<Double> lag = new ArrayList<>();
        for (Latency l : results.latencies) {
            lagLabels.add(String.format(Locale.ROOT, "%.0f/s p50", l.rate()));
            lag.add(millis(l.confirmLag(), 50));
            lagLabels.add("p99");
            lag.add(millis(l.confirmLag(), 99));
        }
        html.append(SvgChart.bars("Placed to CONFIRMED visible", "ms", lagLabels, lag, Double.NaN));
        List<String> readLabels = new ArrayList<>();
        List<Double> readRates = new ArrayList<>();
        results.reads.forEach(r -> {
            readLabels.add(r.read() + (r.target().equals("gateway") ? "" : " (direct)"));
            readRates.add(r.perSecond());
        });
        html.append(SvgChart.bars("Reads at saturation", "reads/s", readLabels, readRates, 3_000));
        html.append(SvgChart.bars("Replay of each read model", "events/s",
                results.replays.stream().map(Rebuilt::readModel).toList(),
                results.replays.stream().map(Rebuilt::eventsPerSecond).toList(), 20_000));
        List<double[]> throughput = new ArrayList<>();
        List<double[]> growthP99 = new ArrayList<>();
        results.growth.forEach(g -> {
            throughput.add(new double[]{g.storedEvents() / 1e6, g.confirmedPerSecond()});
            growthP99.add(new double[]{g.storedEvents() / 1e6, g.p99Millis()});
        });
        html.append(SvgChart.lines("Throughput by events stored", "million events stored", "confirmed orders/s",
                List.of(new Series("gateway, confirmed/s", throughput)), false));
        html.append(SvgChart.lines("POST p99 by events stored", "million events stored", "ms",
                List.of(new Series("p99 at a fixed rate", growthP99)), false));
        html.append(SvgChart.bars("Inventory command with 10,000 events", "ms",
                results.inventoryLoads.stream().map(t -> t.what().replaceAll(" \\(.*", "")).toList(),
                results.inventoryLoads.stream().map(Timing::medianMillis).toList(), Double.NaN));
        html.append("</div><h2>Table</h2><pre>").append(SvgChart.escape(TextReport.render(results)))
                .append("</pre><p>Raw figures: <a href='results.json'>results.json</a></p></body></html>\n");
        Files.writeString(folder.resolve("index.html"), html.toString());
    }

    /** The whole latency distribution of each rate, percentiles spread out towards the tail. */
    private static String latencyPercentiles(Results results) {
        List<Series> series = new ArrayList<>();
        for (Latency l : results.latencies) {
            List<double[]> points = new ArrayList<>();
            if (l.post().getTotalCount() > 0) {
                for (HistogramIterationValue value : l.post().percentiles(5)) {
                    double percentile = value.getPercentileLevelIteratedTo();
                    if (percentile >= 100) {
                        break;
                    }
                    points.add(new double[]{1 / (1 - percentile / 100), value.getValueIteratedTo() / 1000.0});
                }
            }
            series.add(new Series(String.format(Locale.ROOT, "%.0f orders/s", l.rate()), points));
        }
        return SvgChart.lines("POST /api/orders latency distribution", "percentile", "ms", series, true);
    }
}
