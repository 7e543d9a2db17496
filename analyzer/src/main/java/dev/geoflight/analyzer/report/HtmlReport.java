package dev.geoflight.analyzer.report;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.GroupKey;
import dev.geoflight.analyzer.aggregate.LatencyStats;
import dev.geoflight.analyzer.aggregate.RegionGrid;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.rules.Recommendation;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * {@code --format html}: one self-contained page (inline CSS and SVG, no script, nothing loaded
 * from the network) with hotspot bars, latency histograms of the top operations, the region heat
 * map and memory bars, followed by the tables of the text report.
 */
public final class HtmlReport {
    private static final int HISTOGRAMS = 4;
    private static final int HISTOGRAM_BINS = 24;

    public String render(Report report, Analysis analysis) {
        StringBuilder out = new StringBuilder(64 * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>GeoFlight report</title><style>").append(CSS).append("</style></head><body>\n");
        Report.Recording r = report.recording();
        out.append("<h1>GeoFlight report</h1><p class=\"meta\">")
                .append(Html.escape(String.join(", ", r.files()))).append("<br>recorded ")
                .append(Html.escape(r.start())).append(" for ").append(Units.duration(r.durationNanos()))
                .append(r.jvm().isEmpty() ? "" : " on " + Html.escape(r.jvm()))
                .append(r.agentVersion().isEmpty() ? "" : ", agent " + Html.escape(r.agentVersion()))
                .append(String.format(Locale.ROOT, "; %,d statistics rows, %,d per-call events</p>\n",
                        r.statisticsRows(), r.callEvents()));
        if (!report.warnings().isEmpty()) {
            out.append("<section class=\"warnings\"><h2>Warnings</h2><ul>");
            report.warnings().forEach(w -> out.append("<li>").append(Html.escape(w)).append("</li>"));
            out.append("</ul></section>\n");
        }
        recommendations(out, report.recommendations());
        out.append("<section><h2>Hotspots</h2>");
        bars(out, "hotspot-bars", report.hotspots(), Report.HotspotRow::totalNanos, true);
        hotspotTable(out, report.hotspots());
        out.append("</section>\n<section><h2>Latency of the top operations</h2><div class=\"grid\">");
        report.hotspots().stream().limit(HISTOGRAMS).forEach(h -> histogram(out, h, analysis));
        out.append("</div></section>\n<section><h2>Regions</h2>");
        heatMap(out, analysis.regions());
        table(out, List.of("layer", "minX", "minY", "maxX", "maxY", "count", "total", "share"),
                report.regions().stream().map(g -> List.of(g.layer() == null ? "(all)" : layer(g.layer()), num(g.minX()),
                        num(g.minY()), num(g.maxX()), num(g.maxY()), Units.count(g.count()), Units.duration(g.totalNanos()),
                        Units.percent(g.share()))).toList());
        out.append("</section>\n<section><h2>Memory</h2>");
        bars(out, "memory-bars", report.memory(), Report.HotspotRow::allocatedBytes, false);
        table(out, List.of("operation", "layer", "complexity", "count", "allocated", "per call"),
                report.memory().stream().map(h -> List.of(h.operation(), layer(h.layer()), h.complexity(),
                        Units.count(h.count()), Units.bytes(h.allocatedBytes()), Units.bytes(h.bytesPerCall()))).toList());
        out.append("</section>\n<section><h2>Layers</h2>");
        table(out, List.of("layer", "count", "total", "share", "mean", "p95", "allocated"),
                report.layers().stream().map(l -> List.of(layer(l.layer()), Units.count(l.count()),
                        Units.duration(l.totalNanos()), Units.percent(l.share()), Units.duration(l.meanNanos()),
                        Units.duration(l.p95Nanos()), Units.bytes(l.allocatedBytes()))).toList());
        out.append("</section>\n<section><h2>Repositories</h2>");
        table(out, List.of("repository", "method", "layer", "count", "total", "p95", "mean results", "allocated"),
                report.repositories().stream().map(p -> List.of(p.repository(), p.method(), layer(p.layer()),
                        Units.count(p.count()), Units.duration(p.totalNanos()), Units.duration(p.p95Nanos()),
                        p.meanResults() == null ? "-" : String.format(Locale.ROOT, "%.1f", p.meanResults()),
                        Units.bytes(p.allocatedBytes()))).toList());
        out.append("</section>\n<section><h2>Slowest calls</h2>");
        table(out, List.of("duration", "operation", "layer", "vertices", "bounding box", "thread", "call site"),
                report.slowest().stream().map(s -> List.of(Units.duration(s.durationNanos()), s.operation(),
                        layer(s.layer()), s.vertices() < 0 ? "-" : Units.count(s.vertices()),
                        s.minX() == null ? "-" : num(s.minX()) + " " + num(s.minY()) + ", " + num(s.maxX()) + " " + num(s.maxY()),
                        s.thread(), s.callSite())).toList());
        out.append("</section>\n<section><h2>Call sites</h2>");
        table(out, List.of("call site", "count", "total", "share", "operations"),
                report.callSites().stream().map(c -> List.of(c.callSite(), Units.count(c.count()),
                        Units.duration(c.totalNanos()), Units.percent(c.share()), String.join(", ", c.operations()))).toList());
        out.append("</section>\n</body></html>\n");
        return out.toString();
    }

    private static void recommendations(StringBuilder out, List<Recommendation> recommendations) {
        out.append("<section><h2>Recommendations</h2>");
        if (recommendations.isEmpty()) {
            out.append("<p>None.</p>");
        }
        for (Recommendation rec : recommendations) {
            out.append("<div class=\"rec\"><b>").append(Html.escape(rec.rule())).append("</b> ")
                    .append(Html.escape(rec.operation())).append(rec.layer().isEmpty() ? "" : " in " + Html.escape(rec.layer()))
                    .append("<p>").append(Html.escape(rec.message())).append("</p><p class=\"evidence\">")
                    .append(Html.escape(rec.evidence())).append("</p></div>");
        }
        out.append("</section>\n");
    }

    private static void hotspotTable(StringBuilder out, List<Report.HotspotRow> rows) {
        table(out, List.of("operation", "layer", "complexity", "count", "total", "share", "mean", "p50", "p95", "p99", "max",
                        "allocated"),
                rows.stream().map(h -> List.of(h.operation(), layer(h.layer()), h.complexity(), Units.count(h.count()),
                        Units.duration(h.totalNanos()), Units.percent(h.share()), Units.duration(h.meanNanos()),
                        Units.duration(h.p50Nanos()), Units.duration(h.p95Nanos()), Units.duration(h.p99Nanos()),
                        Units.duration(h.maxNanos()), Units.bytes(h.allocatedBytes()))).toList());
    }

    private static String barLabel(Report.HotspotRow row) {
        return row.operation() + (row.layer().isEmpty() ? "" : " · " + row.layer())
                + (row.complexity().isEmpty() ? "" : " · " + row.complexity());
    }

    /** Horizontal bars, one per row, scaled to the largest value. */
    private static void bars(StringBuilder out, String id, List<Report.HotspotRow> rows,
                             ToLongFunction<Report.HotspotRow> value, boolean time) {
        if (rows.isEmpty()) {
            out.append("<p>No data.</p>");
            return;
        }
        int rowHeight = 22;
        // wide enough for the longest label at the chart font (about 7 px a character)
        int labelWidth = Math.max(200, rows.stream().mapToInt(r -> barLabel(r).length()).max().orElse(0) * 7 + 12);
        int barWidth = 420;
        long max = Math.max(1, rows.stream().mapToLong(value).max().orElse(1));
        out.append(String.format(Locale.ROOT, "<svg id=\"%s\" class=\"chart\" role=\"img\" width=\"%d\" height=\"%d\""
                + " viewBox=\"0 0 %d %d\" xmlns=\"http://www.w3.org/2000/svg\">", id, labelWidth + barWidth + 90,
                rows.size() * rowHeight + 4, labelWidth + barWidth + 90, rows.size() * rowHeight + 4));
        for (int i = 0; i < rows.size(); i++) {
            Report.HotspotRow row = rows.get(i);
            long v = value.applyAsLong(row);
            int y = i * rowHeight + 2;
            double width = Math.max(1, (double) v / max * barWidth);
            String label = barLabel(row);
            out.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                    labelWidth - 6, y + 15, Html.escape(label)));
            out.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" class=\"%s\"><title>%s</title></rect>",
                    labelWidth, y + 2, width, rowHeight - 6, time ? "bar" : "mem", Html.escape(label)));
            out.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%s</text>", labelWidth + width + 6, y + 15,
                    Html.escape(time ? Units.duration(v) : Units.bytes(v))));
        }
        out.append("</svg>");
    }

    /** Latency distribution of one hotspot row: log-spaced bins from the fastest to the slowest call. */
    private static void histogram(StringBuilder out, Report.HotspotRow row, Analysis analysis) {
        LatencyStats stats = analysis.groups().get(new GroupKey(CallKind.fromId(row.kind()), row.operation(), row.layer(),
                row.complexity()));
        out.append("<figure><figcaption>").append(Html.escape(row.operation()))
                .append(row.layer().isEmpty() ? "" : " · " + Html.escape(row.layer()))
                .append(row.complexity().isEmpty() ? "" : " · " + Html.escape(row.complexity())).append("</figcaption>");
        if (stats == null || !stats.hasDistribution()) {
            out.append("<p>No latency distribution.</p></figure>");
            return;
        }
        LatencyStats.LatencyBuckets buckets = stats.logBuckets(HISTOGRAM_BINS);
        long max = 1;
        for (long c : buckets.counts()) {
            max = Math.max(max, c);
        }
        int width = 360;
        int height = 140;
        double binWidth = (double) width / HISTOGRAM_BINS;
        out.append(String.format(Locale.ROOT, "<svg class=\"chart histogram\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " xmlns=\"http://www.w3.org/2000/svg\">", width, height + 20, width, height + 20));
        for (int i = 0; i < HISTOGRAM_BINS; i++) {
            long count = buckets.counts()[i];
            double h = count == 0 ? 0 : Math.max(1, (double) count / max * height);
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" class=\"bar\">"
                            + "<title>≤ %s: %,d calls</title></rect>", i * binWidth + 1, height - h, binWidth - 2, h,
                    Units.duration(buckets.upperBoundsNanos()[i]), count));
        }
        out.append(String.format(Locale.ROOT, "<text x=\"0\" y=\"%d\">%s</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>",
                height + 16, Html.escape(Units.duration(stats.percentileNanos(0))), width, height + 16,
                Html.escape(Units.duration(stats.maxNanos()))));
        out.append("</svg></figure>");
    }

    /** The whole all-layers grid (not only the listed top cells) as a heat map: darker cells took more time. */
    private static void heatMap(StringBuilder out, List<RegionGrid.Cell> cells) {
        if (cells.isEmpty()) {
            out.append("<p>No bounding boxes recorded.</p>");
            return;
        }
        double minX = cells.stream().mapToDouble(RegionGrid.Cell::minX).min().orElse(0);
        double minY = cells.stream().mapToDouble(RegionGrid.Cell::minY).min().orElse(0);
        double maxX = cells.stream().mapToDouble(RegionGrid.Cell::maxX).max().orElse(1);
        double maxY = cells.stream().mapToDouble(RegionGrid.Cell::maxY).max().orElse(1);
        long maxNanos = Math.max(1, cells.stream().mapToLong(RegionGrid.Cell::totalNanos).max().orElse(1));
        int size = 360;
        double scale = size / Math.max(maxX - minX, maxY - minY);
        out.append(String.format(Locale.ROOT, "<svg id=\"heat-map\" class=\"chart\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " xmlns=\"http://www.w3.org/2000/svg\"><rect width=\"%d\" height=\"%d\" class=\"map\"/>", size, size, size, size,
                size, size));
        for (RegionGrid.Cell c : cells) {
            double x = (c.minX() - minX) * scale;
            double y = size - (c.maxY() - minY) * scale; // north up
            double intensity = 0.1 + 0.9 * c.totalNanos() / maxNanos;
            out.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"#c0392b\""
                            + " fill-opacity=\"%.2f\"><title>%s %s, %s %s: %,d calls, %s</title></rect>", x, y,
                    Math.max(1, (c.maxX() - c.minX()) * scale), Math.max(1, (c.maxY() - c.minY()) * scale), intensity,
                    num(c.minX()), num(c.minY()), num(c.maxX()), num(c.maxY()), c.count(), Units.duration(c.totalNanos())));
        }
        out.append("</svg>");
    }

    private static void table(StringBuilder out, List<String> headers, List<List<String>> rows) {
        if (rows.isEmpty()) {
            out.append("<p>None.</p>");
            return;
        }
        out.append("<table><thead><tr>");
        headers.forEach(h -> out.append("<th>").append(Html.escape(h)).append("</th>"));
        out.append("</tr></thead><tbody>");
        for (List<String> row : rows) {
            out.append("<tr>");
            row.forEach(cell -> out.append("<td>").append(Html.escape(cell)).append("</td>"));
            out.append("</tr>");
        }
        out.append("</tbody></table>");
    }

    private static String layer(String layer) {
        return layer.isEmpty() ? "-" : layer;
    }

    private static String num(double value) {
        return Units.coordinate(value);
    }

    private static final String CSS = "body{font:14px/1.4 system-ui,sans-serif;margin:24px;color:#222;background:#fff}"
            + "h1{font-size:22px}h2{font-size:17px;margin-top:28px;border-bottom:1px solid #ddd}"
            + ".meta{color:#555}table{border-collapse:collapse;margin:8px 0;display:block;overflow-x:auto;max-width:100%}td,th{padding:3px 8px;border-bottom:1px solid #eee;"
            + "text-align:left;white-space:nowrap;font-variant-numeric:tabular-nums}th{background:#f4f4f4}.chart text{font-size:12px;fill:#333}"
            + ".bar{fill:#2e86c1}.mem{fill:#8e44ad}.map{fill:#f7f7f7;stroke:#ccc}.grid{display:flex;flex-wrap:wrap;gap:16px}"
            + "figure{margin:0}figcaption{font-weight:600}.rec{border-left:4px solid #e67e22;padding:4px 12px;margin:8px 0;"
            + "background:#fdf5ec}.evidence{color:#555;font-size:13px}.warnings{background:#fff4f4;border:1px solid #e6b0aa;"
            + "padding:4px 12px}";
}
