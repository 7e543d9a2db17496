package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.GroupKey;
import dev.geoflight.analyzer.aggregate.LatencyStats;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.report.Units;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code wkb-over-wkt}: reading or writing WKT is a hotspot: one of the {@value #TOP_ROWS} most
 * expensive rows, or at least {@value #MIN_SHARE} of all spatial time.
 */
public final class WkbOverWktRule implements Rule {
    static final double MIN_SHARE = 0.1;
    static final int TOP_ROWS = 3;
    /** Below this share a top rank means little (a recording with only a few rows). */
    static final double MIN_SHARE_OF_TOP_ROW = 0.02;
    static final long MIN_CALLS = 10;

    @Override
    public String id() {
        return "wkb-over-wkt";
    }

    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        long all = SpatialCalls.totalNanos(analysis, SpatialCalls::isHotspot);
        long topRowFloor = analysis.groups().entrySet().stream()
                .filter(e -> SpatialCalls.isHotspot(e.getKey()))
                .mapToLong(e -> e.getValue().totalNanos())
                .boxed().sorted(java.util.Comparator.reverseOrder()).skip(TOP_ROWS - 1).findFirst().orElse(0L);
        Map<GroupKey, LatencyStats> wkt = new LinkedHashMap<>();
        analysis.groups().forEach((key, stats) -> {
            if (key.kind() == CallKind.IO && key.operation().startsWith("WKT")) {
                wkt.computeIfAbsent(new GroupKey(key.kind(), key.operation(), key.layer(), ""), k -> new LatencyStats())
                        .add(stats);
            }
        });
        List<Recommendation> result = new ArrayList<>();
        wkt.forEach((key, stats) -> {
            boolean topRow = stats.totalNanos() >= topRowFloor && stats.totalNanos() >= MIN_SHARE_OF_TOP_ROW * all;
            if (all > 0 && stats.count() >= MIN_CALLS && (stats.totalNanos() >= MIN_SHARE * all || topRow)) {
                result.add(new Recommendation(id(), key.operation(), key.layer(),
                        "WKT text is a hotspot: exchange geometries as WKB (WKBReader/WKBWriter), which is"
                                + " smaller and parses several times faster",
                        String.format(java.util.Locale.ROOT, "%s: %,d calls, %s in all, %s of spatial time",
                                key.operation(), stats.count(), Units.duration(stats.totalNanos()),
                                Units.percent((double) stats.totalNanos() / all))));
            }
        });
        return result;
    }
}
