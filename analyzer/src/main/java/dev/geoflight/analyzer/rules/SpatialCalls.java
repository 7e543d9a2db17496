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
    private static final Set<String> CONSTRUCTIVE_METHODS = Set.of("buffer", "union", "intersection", "difference",
            "symDifference", "convexHull", "overlay", "overlayOp", "bufferOp", "simplify");

    private SpatialCalls() {
    }

    private static final int PREDICATE = 1;
    private static final int CONSTRUCTIVE = 2;
    private static final int VALIDATION = 4;
    /** Classification per operation name: rules ask for every call, names repeat endlessly. */
    private static final Map<String, Integer> CLASSES = new java.util.concurrent.ConcurrentHashMap<>();

    private static int classOf(String operation) {
        Integer known = CLASSES.get(operation);
        if (known != null) {
            return known;
        }
        String method = method(operation);
        int value = (!operation.startsWith("Prepared") && PREDICATES.contains(method) ? PREDICATE : 0)
                | (CONSTRUCTIVE_METHODS.contains(method) ? CONSTRUCTIVE : 0)
                | (method.equals("isValid") || operation.startsWith("IsValidOp.") ? VALIDATION : 0);
        if (CLASSES.size() < 10_000) {
            CLASSES.put(operation, value);
        }
        return value;
    }

    static String method(String operation) {
        int dot = operation.lastIndexOf('.');
        return dot < 0 ? operation : operation.substring(dot + 1);
    }

    /** A predicate on a plain geometry; PreparedGeometry's predicates are already the fix. */
    static boolean isUnpreparedPredicate(String operation) {
        return (classOf(operation) & PREDICATE) != 0;
    }

    static boolean isConstructive(String operation) {
        return (classOf(operation) & CONSTRUCTIVE) != 0;
    }

    static boolean isValidation(String operation) {
        return (classOf(operation) & VALIDATION) != 0;
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
