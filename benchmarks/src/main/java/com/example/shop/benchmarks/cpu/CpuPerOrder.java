package com.example.shop.benchmarks.cpu;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU milliseconds one confirmed order costs each part of the system, and how busy the machine was meanwhile.
 * At saturation with the machine busy, the sum is what bounds throughput: cores × 1000 / total orders/s.
 * {@code jitMillis} is the part of the services' figures that went to compiling their code.
 */
public record CpuPerOrder(Map<String, Double> millisByPart, double totalMillis, double jitMillis,
                          double machineBusyShare, int cores) {

    public static CpuPerOrder of(CpuTime used, long orders, int cores) {
        double n = Math.max(1, orders);
        Map<String, Double> millis = new LinkedHashMap<>();
        used.ticksByPart().forEach((part, ticks) -> millis.put(part, CpuTime.millis(ticks) / n));
        double total = millis.values().stream().mapToDouble(Double::doubleValue).sum();
        return new CpuPerOrder(millis, total, CpuTime.millis(used.jitTicks()) / n, used.machineBusyShare(), cores);
    }

    /** The orders per second the machine could confirm if every core did nothing but this. */
    public double ceilingPerSecond() {
        return cores * 1000 / totalMillis;
    }
}
