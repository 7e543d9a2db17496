package dev.geoflight.analyzer.read;

/** One {@code geoflight.OperationStatistics} event: the totals of one group over one period (the count exact, time and allocation estimated for sampled operations). */
public record StatisticsRow(
        CallKind kind,
        String operation,
        String layer,
        String complexity,
        long count,
        long totalNanos,
        long maxNanos,
        long allocatedBytes,
        String histogram) {
}
