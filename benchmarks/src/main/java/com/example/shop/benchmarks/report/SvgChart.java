package com.example.shop.benchmarks.report;

import java.util.List;
import java.util.Locale;

/** Small inline SVG charts drawn by hand, so the report needs nothing from the network. */
final class SvgChart {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 300;
    private static final int LEFT = 70;
    private static final int BOTTOM = 60;
    private static final int TOP = 30;
    private static final String[] COLOURS = {"#3366cc", "#dc3912", "#ff9900", "#109618", "#990099", "#0099c6"};

    /** One named series of points. */
    record Series(String name, List<double[]> points) {
    }

    private SvgChart() {
    }

    /** Vertical bars with labels; a dashed line marks the target when it is a number. */
    static String bars(String title, String unit, List<String> labels, List<Double> values, double target) {
        double max = Math.max(values.stream().mapToDouble(v -> Double.isNaN(v) ? 0 : v).max().orElse(1),
                Double.isNaN(target) ? 0 : target) * 1.15;
        StringBuilder svg = open(title);
        axis(svg, max, unit);
        int plotWidth = WIDTH - LEFT - 20;
        int slot = plotWidth / Math.max(1, values.size());
        for (int i = 0; i < values.size(); i++) {
            double value = Double.isNaN(values.get(i)) ? 0 : values.get(i);
            double height = y(0, max) - y(value, max);
            int x = LEFT + i * slot + slot / 6;
            svg.append(fmt("<rect x='%d' y='%.1f' width='%d' height='%.1f' fill='%s'/>", x, y(value, max),
                    slot * 2 / 3, height, COLOURS[i % COLOURS.length]));
            svg.append(fmt("<text x='%d' y='%.1f' font-size='11' text-anchor='middle'>%s</text>", x + slot / 3,
                    y(value, max) - 4, number(value)));
            svg.append(fmt("<text x='%d' y='%d' font-size='11' text-anchor='middle'>%s</text>", x + slot / 3,
                    HEIGHT - BOTTOM + 16, escape(labels.get(i))));
        }
        if (!Double.isNaN(target)) {
            svg.append(fmt("<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#000' stroke-dasharray='6,4'/>"
                    + "<text x='%d' y='%.1f' font-size='11' text-anchor='end'>target %s</text>", LEFT,
                    WIDTH - 20, y(target, max), y(target, max), WIDTH - 22, y(target, max) - 4, number(target)));
        }
        return svg.append("</svg>").toString();
    }

    /** Lines over a numeric x axis; {@code logX} spreads percentiles as 1/(1-p) does. */
    static String lines(String title, String xUnit, String yUnit, List<Series> series, boolean logX) {
        double maxX = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[0]).max().orElse(1);
        double minX = logX ? 1 : 0;
        double maxY = series.stream().flatMap(s -> s.points().stream()).mapToDouble(p -> p[1]).max().orElse(1) * 1.15;
        if (maxY <= 0 || Double.isNaN(maxY)) {
            maxY = 1;
        }
        StringBuilder svg = open(title);
        axis(svg, maxY, yUnit);
        double plotWidth = WIDTH - LEFT - 20;
        for (int s = 0; s < series.size(); s++) {
            StringBuilder path = new StringBuilder();
            for (double[] point : series.get(s).points()) {
                double fraction = logX ? Math.log10(Math.max(1, point[0])) / Math.log10(Math.max(10, maxX))
                        : (point[0] - minX) / Math.max(1e-9, maxX - minX);
                double x = LEFT + fraction * plotWidth;
                path.append(path.length() == 0 ? "M" : " L").append(fmt("%.1f %.1f", x, y(point[1], maxY)));
                svg.append(fmt("<circle cx='%.1f' cy='%.1f' r='2.5' fill='%s'/>", x, y(point[1], maxY),
                        COLOURS[s % COLOURS.length]));
            }
            svg.append(fmt("<path d='%s' fill='none' stroke='%s' stroke-width='2'/>", path,
                    COLOURS[s % COLOURS.length]));
            svg.append(fmt("<text x='%d' y='%d' font-size='11' fill='%s'>%s</text>", LEFT + 10 + 150 * s,
                    HEIGHT - 12, COLOURS[s % COLOURS.length], escape(series.get(s).name())));
        }
        if (logX) {
            String[] ticks = {"50%", "90%", "99%", "99.9%", "99.99%"};
            double[] at = {2, 10, 100, 1_000, 10_000};
            for (int i = 0; i < ticks.length; i++) {
                double fraction = Math.log10(at[i]) / Math.log10(Math.max(10, maxX));
                if (fraction <= 1) {
                    svg.append(fmt("<text x='%.1f' y='%d' font-size='10' text-anchor='middle'>%s</text>",
                            LEFT + fraction * plotWidth, HEIGHT - BOTTOM + 14, ticks[i]));
                }
            }
        } else {
            for (int i = 0; i <= 4; i++) {
                double value = minX + (maxX - minX) * i / 4;
                svg.append(fmt("<text x='%.1f' y='%d' font-size='10' text-anchor='middle'>%s</text>",
                        LEFT + plotWidth * i / 4, HEIGHT - BOTTOM + 14, number(value)));
            }
        }
        svg.append(fmt("<text x='%d' y='%d' font-size='11' text-anchor='middle'>%s</text>", LEFT + (int) plotWidth / 2,
                HEIGHT - BOTTOM + 30, escape(xUnit)));
        return svg.append("</svg>").toString();
    }

    private static StringBuilder open(String title) {
        return new StringBuilder(fmt("<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' "
                + "font-family='sans-serif'><text x='%d' y='18' font-size='14' font-weight='bold'>%s</text>",
                WIDTH, HEIGHT, LEFT, escape(title)));
    }

    private static void axis(StringBuilder svg, double max, String unit) {
        svg.append(fmt("<line x1='%d' x2='%d' y1='%d' y2='%d' stroke='#888'/>", LEFT, WIDTH - 20,
                HEIGHT - BOTTOM, HEIGHT - BOTTOM));
        svg.append(fmt("<line x1='%d' x2='%d' y1='%d' y2='%d' stroke='#888'/>", LEFT, LEFT, TOP, HEIGHT - BOTTOM));
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            svg.append(fmt("<text x='%d' y='%.1f' font-size='10' text-anchor='end'>%s</text>", LEFT - 4,
                    y(value, max) + 3, number(value)));
            svg.append(fmt("<line x1='%d' x2='%d' y1='%.1f' y2='%.1f' stroke='#eee'/>", LEFT + 1, WIDTH - 20,
                    y(value, max), y(value, max)));
        }
        svg.append(fmt("<text x='12' y='%d' font-size='11' transform='rotate(-90 12 %d)' text-anchor='middle'>%s</text>",
                (HEIGHT - BOTTOM + TOP) / 2, (HEIGHT - BOTTOM + TOP) / 2, escape(unit)));
    }

    private static double y(double value, double max) {
        return HEIGHT - BOTTOM - (HEIGHT - BOTTOM - TOP) * value / max;
    }

    private static String number(double value) {
        return Math.abs(value) >= 100 ? fmt("%.0f", value) : fmt("%.1f", value);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;");
    }

    private static String fmt(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}
