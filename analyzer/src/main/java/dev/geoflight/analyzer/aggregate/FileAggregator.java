package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.read.RecordingVisitor;
import dev.geoflight.analyzer.read.StatisticsRow;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Groups one file's events twice, from statistics rows and from per-call events; {@link #finish()}
 * lets the statistics win for every kind of call they cover in this file.
 */
public final class FileAggregator implements RecordingVisitor {
    private final String file;
    private final Aggregation target;
    private final Map<GroupKey, LatencyStats> fromStatistics = new HashMap<>();
    private final Map<GroupKey, LatencyStats> fromEvents = new HashMap<>();
    private final Set<CallKind> kindsWithStatistics = EnumSet.noneOf(CallKind.class);
    private long rows;
    /** Per-call events that arrived after statistics of their kind: counted by the statistics only. */
    private long callsCountedByStatistics;
    private long calls;
    private long badHistograms;
    private java.util.function.LongBinaryOperator progressListener;

    FileAggregator(String file, Aggregation target) {
        this.file = file;
        this.target = target;
    }

    @Override
    public void chunk(long startEpochNanos, long durationNanos) {
        target.chunk(startEpochNanos, durationNanos);
    }

    @Override
    public void jvm(String name, String version, String arguments) {
        target.jvm(name, version);
    }

    @Override
    public void agent(String version) {
        target.agentVersion(version);
    }

    @Override
    public void statistics(StatisticsRow row) {
        rows++;
        kindsWithStatistics.add(row.kind());
        GroupKey key = new GroupKey(row.kind(), row.operation(), row.layer(), row.complexity());
        boolean decoded = fromStatistics.computeIfAbsent(key, k -> new LatencyStats())
                .addRow(row.count(), row.totalNanos(), row.maxNanos(), row.allocatedBytes(), row.histogram());
        if (!decoded) {
            badHistograms++;
        }
    }

    @Override
    public void call(CallEvent event) {
        calls++;
        boolean countedByStatistics = kindsWithStatistics.contains(event.kind());
        // Once this file has statistics for a kind, they will win over its events (see finish):
        // only the results, which statistics lack, are still worth keeping.
        if (!countedByStatistics || event.results() >= 0) {
            GroupKey key = new GroupKey(event.kind(), event.operation(), event.layer(), event.complexity());
            LatencyStats stats = fromEvents.computeIfAbsent(key, k -> new LatencyStats());
            if (countedByStatistics) {
                stats.addResults(event.results());
                callsCountedByStatistics++;
            } else {
                stats.addCall(event.durationNanos(), event.allocatedBytes(), event.results());
            }
        } else {
            callsCountedByStatistics++;
        }
        target.call(event, file);
    }

    /** Where {@link #progress} goes (nothing by default). */
    public void onProgress(java.util.function.LongBinaryOperator listener) {
        this.progressListener = listener;
    }

    @Override
    public void progress(long bytesRead, long fileBytes) {
        if (progressListener != null) {
            progressListener.applyAsLong(bytesRead, fileBytes);
        }
    }

    @Override
    public void truncated(int completeChunks, long usableBytes, long fileBytes) {
        target.warn(String.format("%s: truncated recording (a JVM that crashed or is still writing):"
                + " used %d complete chunk%s, %,d of %,d bytes; the rest is lost",
                file, completeChunks, completeChunks == 1 ? "" : "s", usableBytes, fileBytes));
    }

    /** True when the file held at least one GeoFlight event. */
    public boolean hasGeoFlightEvents() {
        return rows + calls > 0;
    }

    public void finish() {
        if (badHistograms > 0) {
            target.warn(String.format("%s: %,d statistics rows had an unreadable latency histogram:"
                    + " percentiles leave those periods out (counts and totals are exact)", file, badHistograms));
        }
        target.fileDone(fromStatistics, fromEvents, kindsWithStatistics, rows, callsCountedByStatistics);
    }
}
