package dev.geoflight.analyzer.diff;

import dev.geoflight.analyzer.aggregate.GroupKey;
import dev.geoflight.analyzer.aggregate.LatencyStats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two analyses row by row. A row regresses when both sides have at least
 * {@code minCount} calls (fewer is noise) and its p95 or mean grew by more than the threshold.
 */
public final class Comparison {
    private final double thresholdPercent;
    private final long minCount;

    public Comparison(double thresholdPercent, long minCount) {
        this.thresholdPercent = thresholdPercent;
        this.minCount = minCount;
    }

    public enum Status { regression, improved, unchanged, noise, added, removed }

    /** One row's change; percentages are null when the baseline has nothing to compare with. */
    public record Row(String operation, String kind, String layer, String complexity, Status status,
                      long baselineCount, long currentCount, Double countChangePercent,
                      long baselineMeanNanos, long currentMeanNanos, Double meanChangePercent,
                      long baselineP95Nanos, long currentP95Nanos, Double p95ChangePercent,
                      long baselineBytesPerCall, long currentBytesPerCall, Double bytesPerCallChangePercent) {
    }

    /** The JSON shape of {@code diff --format json}. */
    public record Result(List<String> baseline, List<String> current, double thresholdPercent, long minCount,
                         long regressions, List<Row> rows) {
    }

    public Result compare(List<String> baselineFiles, Map<GroupKey, LatencyStats> baseline,
                          List<String> currentFiles, Map<GroupKey, LatencyStats> current) {
        Set<GroupKey> keys = new LinkedHashSet<>(baseline.keySet());
        keys.addAll(current.keySet());
        List<Row> rows = new ArrayList<>();
        for (GroupKey key : keys) {
            LatencyStats before = baseline.getOrDefault(key, new LatencyStats());
            LatencyStats after = current.getOrDefault(key, new LatencyStats());
            if (before.count() == 0 && after.count() == 0) {
                continue;
            }
            // Per-call figures compare only rows that have calls on both sides.
            boolean both = before.count() > 0 && after.count() > 0;
            Double mean = both ? change(before.meanNanos(), after.meanNanos()) : null;
            Double p95 = both ? change(before.percentileNanos(95), after.percentileNanos(95)) : null;
            Double bytes = both ? change(before.bytesPerCall(), after.bytesPerCall()) : null;
            rows.add(new Row(key.operation(), key.kind().id(), key.layer(), key.complexity(),
                    status(before, after, mean, p95), before.count(), after.count(), change(before.count(), after.count()),
                    before.meanNanos(), after.meanNanos(), mean, before.percentileNanos(95), after.percentileNanos(95), p95,
                    before.bytesPerCall(), after.bytesPerCall(), bytes));
        }
        rows.sort(Comparator.comparing((Row r) -> r.status() != Status.regression)
                .thenComparing(Comparator.comparingDouble(Comparison::worstChange).reversed())
                .thenComparing(Row::operation).thenComparing(Row::layer).thenComparing(Row::complexity));
        long regressions = rows.stream().filter(r -> r.status() == Status.regression).count();
        return new Result(baselineFiles, currentFiles, thresholdPercent, minCount, regressions, rows);
    }

    private Status status(LatencyStats before, LatencyStats after, Double mean, Double p95) {
        if (before.count() == 0) {
            return Status.added;
        }
        if (after.count() == 0) {
            return Status.removed;
        }
        if (before.count() < minCount || after.count() < minCount) {
            return Status.noise;
        }
        if (exceeds(mean, thresholdPercent) || exceeds(p95, thresholdPercent)) {
            return Status.regression;
        }
        if (exceeds(negate(mean), thresholdPercent) || exceeds(negate(p95), thresholdPercent)) {
            return Status.improved;
        }
        return Status.unchanged;
    }

    private static boolean exceeds(Double change, double threshold) {
        return change != null && change > threshold;
    }

    private static Double negate(Double value) {
        return value == null ? null : -value;
    }

    private static double worstChange(Row row) {
        double mean = row.meanChangePercent() == null ? 0 : row.meanChangePercent();
        double p95 = row.p95ChangePercent() == null ? 0 : row.p95ChangePercent();
        return Math.max(mean, p95);
    }

    /** Change in percent, rounded to 0.1; null when the baseline is 0. */
    static Double change(long before, long after) {
        if (before == 0) {
            return null;
        }
        return Math.round((after - before) * 1000.0 / before) / 10.0;
    }
}
