package dev.geoflight.analyzer.read;

/** One {@code geoflight.OperationStatistics} event: exact totals of one group over one period. */
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
