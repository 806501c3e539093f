package com.example.shop.benchmarks.cpu;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU milliseconds one confirmed order costs each part of the system, and how busy the machine was meanwhile.
 * At saturation with the machine busy, the sum is what bounds throughput: cores × 1000 / total orders/s.
 */
public record CpuPerOrder(Map<String, Double> millisByPart, double totalMillis, double machineBusyShare,
                          int cores) {

    /** Clock ticks per second of /proc; 100 on every Linux this runs on (USER_HZ). */
    private static final double TICKS_PER_SECOND = 100;

    public static CpuPerOrder of(CpuTime used, long orders, int cores) {
        double n = Math.max(1, orders);
        Map<String, Double> millis = new LinkedHashMap<>();
        used.ticksByPart().forEach((part, ticks) -> millis.put(part, ticks * 1000 / TICKS_PER_SECOND / n));
        double total = millis.values().stream().mapToDouble(Double::doubleValue).sum();
        double busy = used.machineTotalTicks() == 0 ? Double.NaN
                : (double) used.machineBusyTicks() / used.machineTotalTicks();
        return new CpuPerOrder(millis, total, busy, cores);
    }

    /** The orders per second the machine could confirm if every core did nothing but this. */
    public double ceilingPerSecond() {
        return cores * 1000 / totalMillis;
    }
}
