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

    static final int PREDICATE = 1;
    static final int CONSTRUCTIVE = 2;
    static final int VALIDATION = 4;

    /** PREDICATE, CONSTRUCTIVE and VALIDATION bits of an operation name. */
    static int classOf(String operation) {
        String method = method(operation);
        return (!operation.startsWith("Prepared") && PREDICATES.contains(method) ? PREDICATE : 0)
                | (CONSTRUCTIVE_METHODS.contains(method) ? CONSTRUCTIVE : 0)
                | (method.equals("isValid") || operation.startsWith("IsValidOp.") ? VALIDATION : 0);
    }

    /**
     * Remembers {@link #classOf} per operation name for the rules that ask on every call. One per
     * rule instance (an analysis is single-threaded), and names repeat endlessly.
     */
    static final class Classifier {
        private static final int RECENT = 256;
        private final Map<String, Integer> known = new java.util.HashMap<>();
        /*
         * Direct-mapped by the name's cached hash, compared by identity: each reader thread hands
         * out one instance per name, so a handful of instances cover a recording, where the map
         * alone cost a String.equals on every call (operations alternate, so "same as last" rarely held).
         */
        private final String[] recentNames = new String[RECENT];
        private final int[] recentClasses = new int[RECENT];

        int classOf(String operation) {
            int slot = operation.hashCode() & (RECENT - 1);
            if (recentNames[slot] == operation) {
                return recentClasses[slot];
            }
            Integer value = known.get(operation);
            if (value == null) {
                value = SpatialCalls.classOf(operation);
                if (known.size() < 10_000) {
                    known.put(operation, value);
                }
            }
            recentNames[slot] = operation;
            recentClasses[slot] = value;
            return value;
        }
    }

    /** Continues a record's implicit hash code ({@code 31 * h + component}) over an envelope's four components. */
    static int envelopeHash(int h, double minX, double minY, double maxX, double maxY) {
        h = h * 31 + Double.hashCode(minX);
        h = h * 31 + Double.hashCode(minY);
        h = h * 31 + Double.hashCode(maxX);
        return h * 31 + Double.hashCode(maxY);
    }

    /** Equal envelopes as records compare doubles: bit for bit ({@link Double#compare}), so NaN equals NaN. */
    static boolean sameEnvelope(double minX, double minY, double maxX, double maxY,
                                double otherMinX, double otherMinY, double otherMaxX, double otherMaxY) {
        return Double.doubleToLongBits(minX) == Double.doubleToLongBits(otherMinX)
                && Double.doubleToLongBits(minY) == Double.doubleToLongBits(otherMinY)
                && Double.doubleToLongBits(maxX) == Double.doubleToLongBits(otherMaxX)
                && Double.doubleToLongBits(maxY) == Double.doubleToLongBits(otherMaxY);
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
