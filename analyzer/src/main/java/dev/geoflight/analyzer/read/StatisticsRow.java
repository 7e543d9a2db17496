package dev.geoflight.analyzer.read;

/**
 * One {@code geoflight.OperationStatistics} event: the totals of one group over one period. The
 * count is exact; {@code samplingPeriod} says one in how many calls the agent measured for time,
 * allocation and histogram (1: every call, and for recordings that predate the field).
 */
public record StatisticsRow(
        CallKind kind,
        String operation,
        String layer,
        String complexity,
        long count,
        long totalNanos,
        long maxNanos,
        long allocatedBytes,
        String histogram,
        long samplingPeriod) {
}
