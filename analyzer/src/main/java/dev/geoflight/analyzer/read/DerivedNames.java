package dev.geoflight.analyzer.read;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Operation names built from two event fields ({@code RoadRepository} + {@code findNear},
 * {@code STRtree} + {@code query}, {@code WKT} + {@code read}), built once per pair instead of
 * once per event: one string instance per name also keeps later map lookups cheap.
 */
final class DerivedNames {
    private static final int LIMIT = 100_000;

    private final Map<String, Map<String, String>> names = new HashMap<>();
    private int size;

    String name(String first, String second, BinaryOperator<String> build) {
        Map<String, String> byFirst = names.computeIfAbsent(first, k -> new HashMap<>());
        String name = byFirst.get(second);
        if (name == null) {
            name = build.apply(first, second);
            if (size++ < LIMIT) {
                byFirst.put(second, name);
            }
        }
        return name;
    }
}
