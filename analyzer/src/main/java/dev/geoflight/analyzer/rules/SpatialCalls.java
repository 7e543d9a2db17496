package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.GroupKey;
import dev.geoflight.analyzer.aggregate.LatencyStats;
import dev.geoflight.analyzer.read.CallKind;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** What the rules need to know about JTS operation names. */
final class SpatialCalls {
    private static final Set<String> PREDICATES = Set.of("intersects", "contains", "within", "covers", "coveredBy",
            "touches", "crosses", "overlaps", "disjoint", "relate", "isWithinDistance", "distance", "equalsTopo");
    private static final Set<String> CONSTRUCTIVE = Set.of("buffer", "union", "intersection", "difference",
            "symDifference", "convexHull", "overlay", "overlayOp", "bufferOp", "simplify");

    private SpatialCalls() {
    }

    static String method(String operation) {
        int dot = operation.lastIndexOf('.');
        return dot < 0 ? operation : operation.substring(dot + 1);
    }

    /** A predicate on a plain geometry; PreparedGeometry's predicates are already the fix. */
    static boolean isUnpreparedPredicate(String operation) {
        return !operation.startsWith("Prepared") && PREDICATES.contains(method(operation));
    }

    static boolean isConstructive(String operation) {
        return CONSTRUCTIVE.contains(method(operation));
    }

    static boolean isValidation(String operation) {
        return method(operation).equals("isValid") || operation.startsWith("IsValidOp.");
    }

    static String layerName(String layer) {
        return layer.isEmpty() ? "(no layer)" : "layer '" + layer + "'";
    }

    static long totalNanos(Analysis analysis, Predicate<GroupKey> filter) {
        long total = 0;
        for (Map.Entry<GroupKey, LatencyStats> e : analysis.groups().entrySet()) {
            if (filter.test(e.getKey())) {
                total += e.getValue().totalNanos();
            }
        }
        return total;
    }

    /** Calls whose time the hotspots rank (repository calls contain JTS calls and are ranked apart). */
    static boolean isHotspot(GroupKey key) {
        return key.kind() != CallKind.REPOSITORY;
    }
}
