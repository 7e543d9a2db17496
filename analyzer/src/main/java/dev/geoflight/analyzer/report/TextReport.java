package dev.geoflight.analyzer.report;

import dev.geoflight.analyzer.rules.Recommendation;
import java.util.List;
import java.util.Locale;

/** The default report: one aligned table per section, human units. */
public final class TextReport {

    public String render(Report report) {
        StringBuilder out = new StringBuilder();
        Report.Recording r = report.recording();
        out.append("GeoFlight report: ").append(String.join(", ", r.files())).append('\n');
        out.append("  recorded ").append(r.start().isEmpty() ? "?" : r.start()).append(" for ")
                .append(Units.duration(r.durationNanos()));
        if (!r.jvm().isEmpty()) {
            out.append(" on ").append(r.jvm());
        }
        if (!r.agentVersion().isEmpty()) {
            out.append(", agent ").append(r.agentVersion());
        }
        out.append(String.format(Locale.ROOT, "; %,d statistics rows, %,d per-call events%n", r.statisticsRows(), r.callEvents()));

        TextTable hotspots = new TextTable("operation", "layer", "complexity", ">count", ">total", ">share", ">mean",
                ">p50", ">p95", ">p99", ">max", ">allocated");
        report.hotspots().forEach(h -> hotspots.row(h.operation(), layer(h.layer()), h.complexity(), Units.count(h.count()),
                Units.duration(h.totalNanos()), Units.percent(h.share()), Units.duration(h.meanNanos()),
                Units.duration(h.p50Nanos()), Units.duration(h.p95Nanos()), Units.duration(h.p99Nanos()),
                Units.duration(h.maxNanos()), Units.bytes(h.allocatedBytes())));
        section(out, "Hotspots (by total time)", hotspots);

        TextTable memory = new TextTable("operation", "layer", "complexity", ">count", ">allocated", ">per call", ">total time");
        report.memory().forEach(h -> memory.row(h.operation(), layer(h.layer()), h.complexity(), Units.count(h.count()),
                Units.bytes(h.allocatedBytes()), Units.bytes(h.bytesPerCall()), Units.duration(h.totalNanos())));
        section(out, "Memory (by bytes allocated)", memory);

        TextTable layers = new TextTable("layer", ">count", ">total", ">share", ">mean", ">p95", ">allocated", ">operations");
        report.layers().forEach(l -> layers.row(layer(l.layer()), Units.count(l.count()), Units.duration(l.totalNanos()),
                Units.percent(l.share()), Units.duration(l.meanNanos()), Units.duration(l.p95Nanos()),
                Units.bytes(l.allocatedBytes()), l.operations()));
        section(out, "Layers", layers);

        TextTable repositories = new TextTable("repository method", "layer", ">count", ">total", ">mean", ">p95",
                ">mean results", ">allocated");
        report.repositories().forEach(p -> repositories.row(p.operation(), layer(p.layer()), Units.count(p.count()),
                Units.duration(p.totalNanos()), Units.duration(p.meanNanos()), Units.duration(p.p95Nanos()),
                p.meanResults() == null ? "-" : String.format(Locale.ROOT, "%.1f", p.meanResults()),
                Units.bytes(p.allocatedBytes())));
        section(out, "Repositories", repositories);

        TextTable slowest = new TextTable(">duration", "operation", "layer", ">vertices", "bounding box", "thread", "call site");
        report.slowest().forEach(s -> slowest.row(Units.duration(s.durationNanos()), s.operation(), layer(s.layer()),
                s.vertices() < 0 ? "-" : Units.count(s.vertices()), box(s.minX(), s.minY(), s.maxX(), s.maxY()),
                s.thread(), s.callSite().isEmpty() ? "-" : s.callSite()));
        section(out, "Slowest calls", slowest);

        TextTable sites = new TextTable("call site", ">count", ">total", ">share", ">mean", "operations");
        report.callSites().forEach(c -> sites.row(c.callSite(), Units.count(c.count()), Units.duration(c.totalNanos()),
                Units.percent(c.share()), Units.duration(c.meanNanos()), String.join(", ", c.operations())));
        section(out, "Call sites (per-call events)", sites);

        TextTable regions = new TextTable("layer", "region (minX minY, maxX maxY)", ">count", ">total", ">share");
        report.regions().forEach(g -> regions.row(g.layer() == null ? "(all)" : layer(g.layer()),
                box(g.minX(), g.minY(), g.maxX(), g.maxY()), Units.count(g.count()), Units.duration(g.totalNanos()),
                Units.percent(g.share())));
        section(out, "Regions (where the time went)", regions);

        out.append("\nRecommendations\n");
        if (report.recommendations().isEmpty()) {
            out.append("  (none)\n");
        }
        for (Recommendation rec : report.recommendations()) {
            out.append("  [").append(rec.rule()).append("] ").append(rec.operation())
                    .append(rec.layer().isEmpty() ? "" : " in " + rec.layer()).append('\n')
                    .append("    ").append(rec.message()).append('\n')
                    .append("    evidence: ").append(rec.evidence()).append('\n');
        }
        if (!report.warnings().isEmpty()) {
            out.append("\nWarnings\n");
            report.warnings().forEach(w -> out.append("  ! ").append(w).append('\n'));
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String title, TextTable table) {
        out.append('\n').append(title).append('\n');
        out.append(table.isEmpty() ? "  (none)\n" : table.render());
    }

    static String layer(String layer) {
        return layer == null || layer.isEmpty() ? "-" : layer;
    }

    private static String box(Double minX, Double minY, Double maxX, Double maxY) {
        if (minX == null || minY == null || maxX == null || maxY == null) {
            return "-";
        }
        return Units.coordinate(minX) + " " + Units.coordinate(minY) + ", " + Units.coordinate(maxX) + " "
                + Units.coordinate(maxY);
    }

}
