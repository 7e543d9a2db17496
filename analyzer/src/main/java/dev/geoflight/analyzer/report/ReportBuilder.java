package dev.geoflight.analyzer.report;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.CallSiteStats;
import dev.geoflight.analyzer.aggregate.GroupKey;
import dev.geoflight.analyzer.aggregate.LatencyStats;
import dev.geoflight.analyzer.aggregate.RegionGrid;
import dev.geoflight.analyzer.aggregate.SlowestCalls;
import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.rules.Recommendation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns an {@link Analysis} into sorted, limited report rows. */
public final class ReportBuilder {
    private final int top;

    /** @param top rows per ranked section (hotspots, memory, repositories, slowest, call sites, regions per grid) */
    public ReportBuilder(int top) {
        this.top = top;
    }

    public Report build(Analysis analysis, List<Recommendation> recommendations) {
        List<HotspotGroup> hotspotGroups = new ArrayList<>();
        analysis.groups().forEach((key, stats) -> {
            if (key.kind() != CallKind.REPOSITORY && stats.count() > 0) {
                hotspotGroups.add(new HotspotGroup(key, stats));
            }
        });
        long hotspotTotal = hotspotGroups.stream().mapToLong(g -> g.stats().totalNanos()).sum();
        List<Report.HotspotRow> rows = hotspotGroups.stream().map(g -> hotspotRow(g, hotspotTotal)).toList();
        Comparator<Report.HotspotRow> byName = Comparator.comparing(Report.HotspotRow::operation)
                .thenComparing(Report.HotspotRow::layer).thenComparing(Report.HotspotRow::complexity);
        List<Report.HotspotRow> hotspots = rows.stream()
                .sorted(Comparator.comparingLong(Report.HotspotRow::totalNanos).reversed()
                        .thenComparing(Comparator.comparingLong(Report.HotspotRow::count).reversed()).thenComparing(byName))
                .limit(top).toList();
        List<Report.HotspotRow> memory = rows.stream()
                .filter(r -> r.allocatedBytes() > 0)
                .sorted(Comparator.comparingLong(Report.HotspotRow::allocatedBytes).reversed().thenComparing(byName))
                .limit(top).toList();
        return new Report(recording(analysis), hotspots, memory, layers(hotspotGroups, hotspotTotal),
                repositories(analysis), slowest(analysis), callSites(analysis), regions(analysis),
                List.copyOf(recommendations), analysis.warnings());
    }

    private record HotspotGroup(GroupKey key, LatencyStats stats) {
    }

    private static Report.Recording recording(Analysis analysis) {
        var info = analysis.recording();
        return new Report.Recording(info.files(), info.startEpochNanos() == 0 ? "" : instant(info.startEpochNanos()),
                info.durationNanos(), info.jvm(), info.agentVersion(), info.statisticsRows(), info.callEvents());
    }

    private static Report.HotspotRow hotspotRow(HotspotGroup g, long total) {
        LatencyStats s = g.stats();
        return new Report.HotspotRow(g.key().operation(), g.key().kind().id(), g.key().layer(), g.key().complexity(),
                s.count(), s.totalNanos(), s.meanNanos(), s.percentileNanos(50), s.percentileNanos(95),
                s.percentileNanos(99), s.maxNanos(), s.allocatedBytes(), s.bytesPerCall(), share(s.totalNanos(), total));
    }

    private static List<Report.LayerRow> layers(List<HotspotGroup> groups, long total) {
        Map<String, LatencyStats> byLayer = new LinkedHashMap<>();
        Map<String, java.util.Set<String>> operations = new LinkedHashMap<>();
        for (HotspotGroup g : groups) {
            byLayer.computeIfAbsent(g.key().layer(), l -> new LatencyStats()).add(g.stats());
            operations.computeIfAbsent(g.key().layer(), l -> new java.util.HashSet<>()).add(g.key().operation());
        }
        return byLayer.entrySet().stream()
                .map(e -> new Report.LayerRow(e.getKey(), e.getValue().count(), e.getValue().totalNanos(),
                        e.getValue().meanNanos(), e.getValue().percentileNanos(95), e.getValue().allocatedBytes(),
                        share(e.getValue().totalNanos(), total), operations.get(e.getKey()).size()))
                .sorted(Comparator.comparingLong(Report.LayerRow::totalNanos).reversed().thenComparing(Report.LayerRow::layer))
                .toList();
    }

    private List<Report.RepositoryRow> repositories(Analysis analysis) {
        Map<List<String>, LatencyStats> byMethod = new LinkedHashMap<>();
        analysis.groups().forEach((key, stats) -> {
            if (key.kind() == CallKind.REPOSITORY) {
                byMethod.computeIfAbsent(List.of(key.operation(), key.layer()), k -> new LatencyStats()).add(stats);
            }
        });
        return byMethod.entrySet().stream()
                .filter(e -> e.getValue().count() > 0)
                .map(e -> {
                    String operation = e.getKey().get(0);
                    LatencyStats s = e.getValue();
                    int dot = operation.lastIndexOf('.');
                    String repository = analysis.repositoryClasses().getOrDefault(operation,
                            dot < 0 ? operation : operation.substring(0, dot));
                    return new Report.RepositoryRow(repository, dot < 0 ? "" : operation.substring(dot + 1), operation,
                            e.getKey().get(1), s.count(), s.totalNanos(), s.meanNanos(), s.percentileNanos(95),
                            s.maxNanos(), s.meanResults() < 0 ? null : round(s.meanResults()), s.allocatedBytes());
                })
                .sorted(Comparator.comparingLong(Report.RepositoryRow::totalNanos).reversed()
                        .thenComparing(Report.RepositoryRow::operation))
                .limit(top).toList();
    }

    private List<Report.SlowCallRow> slowest(Analysis analysis) {
        List<Report.SlowCallRow> rows = new ArrayList<>();
        for (SlowestCalls.SlowCall call : analysis.slowest()) {
            if (rows.size() == top) {
                break;
            }
            CallEvent e = call.event();
            rows.add(new Report.SlowCallRow(e.operation(), e.kind().id(), e.layer(), e.complexity(), e.durationNanos(),
                    instant(e.startEpochNanos()), e.thread(), e.vertices(), e.geometryType(), coordinate(e.minX()),
                    coordinate(e.minY()), coordinate(e.maxX()), coordinate(e.maxY()), e.allocatedBytes() < 0 ? null : e.allocatedBytes(),
                    e.results(), call.callSite(), call.file()));
        }
        return rows;
    }

    private List<Report.CallSiteRow> callSites(Analysis analysis) {
        long total = analysis.callSites().values().stream().mapToLong(CallSiteStats::totalNanos).sum();
        return analysis.callSites().entrySet().stream()
                .sorted(Map.Entry.<String, CallSiteStats>comparingByValue(
                        Comparator.comparingLong(CallSiteStats::totalNanos).reversed()).thenComparing(Map.Entry.comparingByKey()))
                .limit(top)
                .map(e -> new Report.CallSiteRow(e.getKey(), e.getValue().count(), e.getValue().totalNanos(),
                        e.getValue().totalNanos() / Math.max(1, e.getValue().count()), share(e.getValue().totalNanos(), total),
                        e.getValue().operations()))
                .toList();
    }

    private List<Report.RegionRow> regions(Analysis analysis) {
        List<Report.RegionRow> rows = new ArrayList<>(regionRows(null, analysis.regions()));
        analysis.regionsByLayer().entrySet().stream()
                .sorted(Comparator.comparingLong((Map.Entry<String, List<RegionGrid.Cell>> e) ->
                        e.getValue().stream().mapToLong(RegionGrid.Cell::totalNanos).sum()).reversed()
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> rows.addAll(regionRows(e.getKey(), e.getValue())));
        return rows;
    }

    private List<Report.RegionRow> regionRows(String layer, List<RegionGrid.Cell> cells) {
        long total = cells.stream().mapToLong(RegionGrid.Cell::totalNanos).sum();
        return cells.stream().limit(top)
                .map(c -> new Report.RegionRow(layer, c.minX(), c.minY(), c.maxX(), c.maxY(), c.count(), c.totalNanos(),
                        share(c.totalNanos(), total)))
                .toList();
    }

    static String instant(long epochNanos) {
        return Instant.ofEpochSecond(0, epochNanos).toString();
    }

    private static Double coordinate(double value) {
        return Double.isFinite(value) ? value : null;
    }

    private static double share(long part, long total) {
        return total == 0 ? 0 : round((double) part / total);
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
