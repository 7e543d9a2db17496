package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.GroupKey;
import dev.geoflight.analyzer.aggregate.LatencyStats;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.report.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * {@code simplify-first}: constructive operations (buffer, union, intersection...) on complex
 * geometries take most of the spatial-operation time.
 */
public final class SimplifyFirstRule implements Rule {
    static final double MIN_SHARE_OF_ALL = 0.5;
    static final double MIN_SHARE_OF_ROW = 0.1;

    @Override
    public String id() {
        return "simplify-first";
    }

    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        long all = SpatialCalls.totalNanos(analysis, k -> k.kind() == CallKind.OPERATION);
        long constructiveComplex = SpatialCalls.totalNanos(analysis, SimplifyFirstRule::isConstructiveComplex);
        List<Recommendation> result = new ArrayList<>();
        if (all == 0 || constructiveComplex < MIN_SHARE_OF_ALL * all) {
            return result;
        }
        analysis.groups().entrySet().stream()
                .filter(e -> isConstructiveComplex(e.getKey()) && e.getValue().totalNanos() >= MIN_SHARE_OF_ROW * all)
                .sorted(Map.Entry.<GroupKey, LatencyStats>comparingByValue(
                        Comparator.comparingLong(LatencyStats::totalNanos)).reversed())
                .forEach(e -> result.add(new Recommendation(id(), e.getKey().operation(), e.getKey().layer(),
                        "Constructive operations on complex geometries dominate: simplify the input first"
                                + " (DouglasPeuckerSimplifier / TopologyPreservingSimplifier to the precision you need)"
                                + " or split it (e.g. by a grid) before " + SpatialCalls.method(e.getKey().operation()),
                        String.format(java.util.Locale.ROOT,
                                "%s on complex geometries in %s: %s of spatial-operation time, %,d calls, mean %s;"
                                        + " constructive operations on complex input take %s in all",
                                e.getKey().operation(), SpatialCalls.layerName(e.getKey().layer()),
                                Units.percent((double) e.getValue().totalNanos() / all), e.getValue().count(),
                                Units.duration(e.getValue().meanNanos()), Units.percent((double) constructiveComplex / all)))));
        return result;
    }

    private static boolean isConstructiveComplex(GroupKey key) {
        return key.kind() == CallKind.OPERATION && "complex".equals(key.complexity())
                && SpatialCalls.isConstructive(key.operation());
    }
}
