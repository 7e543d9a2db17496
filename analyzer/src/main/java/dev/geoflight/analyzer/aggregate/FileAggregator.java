package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.read.ParallelVisitor;
import dev.geoflight.analyzer.read.StatisticsRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Groups one file's events twice, from statistics rows and from per-call events; {@link #finish()}
 * lets the statistics win for every kind of call they cover in this file. Chunks are gathered
 * into {@link ChunkAggregate}s (on reader threads when the reader parses chunks in parallel) and
 * merged here in file order; a reader without chunks (the JDK's) feeds one part for the whole file.
 */
public final class FileAggregator implements ParallelVisitor<ChunkAggregate> {
    /** How many sampled operations the warning names. */
    private static final int SAMPLED_NAMED = 3;

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
    /** Operations the agent measured on only some of their calls, with the period. */
    private final Map<String, Long> sampledOperations = new TreeMap<>();
    private java.util.function.LongBinaryOperator progressListener;
    /** Per kind of call, the first chunk known to hold statistics rows of that kind (shared by the reader threads). */
    private final ChunkAggregate.RowsSeen rowsSeen = new ChunkAggregate.RowsSeen();
    /** The part that a reader reading in one thread feeds through this visitor's own methods. */
    private ChunkAggregate whole;

    FileAggregator(String file, Aggregation target) {
        this.file = file;
        this.target = target;
    }

    @Override
    public ChunkAggregate part(int chunk) {
        return target.part(file, chunk, rowsSeen);
    }

    @Override
    public void merge(ChunkAggregate part) {
        rows += part.rows;
        calls += part.calls;
        badHistograms += part.badHistograms;
        part.sampledOperations.forEach((operation, period) -> sampledOperations.merge(operation, period, Math::max));
        part.fromStatistics.forEach((key, stats) -> fromStatistics.computeIfAbsent(key, k -> new LatencyStats()).add(stats));
        mergeEvents(part);
        kindsWithStatistics.addAll(part.kindsWithStatistics);
        target.merge(part);
    }

    /**
     * The part's per-call groups, as reading event by event would have counted them: events of a
     * kind that earlier chunks had statistics rows for count only their results, and a group
     * enters the map at the event that first put it there.
     */
    private void mergeEvents(ChunkAggregate part) {
        callsCountedByStatistics += part.callsAfterRows;
        record Entering(long index, GroupKey key, ChunkAggregate.EventGroup group) {
        }
        List<Entering> entering = new ArrayList<>();
        part.fromEvents.forEach((key, group) -> {
            boolean rowsBefore = kindsWithStatistics.contains(key.kind());
            if (rowsBefore) {
                callsCountedByStatistics += group.beforeRows.count();
            }
            long index = rowsBefore ? group.firstWithResults : group.firstKept;
            if (index >= 0) {
                entering.add(new Entering(index, key, group));
            }
        });
        entering.sort(Comparator.comparingLong(Entering::index));
        for (Entering e : entering) {
            LatencyStats stats = fromEvents.computeIfAbsent(e.key(), k -> new LatencyStats());
            if (kindsWithStatistics.contains(e.key().kind())) {
                stats.addResultsOf(e.group().beforeRows);
            } else {
                stats.add(e.group().beforeRows);
            }
            stats.addResultsOf(e.group().afterRows);
        }
    }

    private ChunkAggregate whole() {
        if (whole == null) {
            whole = part(0);
        }
        return whole;
    }

    @Override
    public void chunk(long startEpochNanos, long durationNanos) {
        whole().chunk(startEpochNanos, durationNanos);
    }

    @Override
    public void jvm(String name, String version, String arguments) {
        whole().jvm(name, version, arguments);
    }

    @Override
    public void agent(String version) {
        whole().agent(version);
    }

    @Override
    public void statistics(StatisticsRow row) {
        whole().statistics(row);
    }

    @Override
    public void call(CallEvent event) {
        whole().call(event);
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
        if (whole != null) {
            merge(whole);
            whole = null;
        }
        if (badHistograms > 0) {
            target.warn(String.format("%s: %,d statistics rows had an unreadable latency histogram:"
                    + " percentiles leave those periods out (their counts and totals still count)", file, badHistograms));
        }
        if (!sampledOperations.isEmpty()) {
            target.warn(sampledWarning());
        }
        target.fileDone(fromStatistics, fromEvents, kindsWithStatistics, rows, callsCountedByStatistics);
    }

    /** The agent measured only some calls of these operations (those averaging under 2 µs): say so, naming a few. */
    private String sampledWarning() {
        List<String> names = sampledOperations.keySet().stream().limit(SAMPLED_NAMED).toList();
        String more = sampledOperations.size() > SAMPLED_NAMED ? ", …" : "";
        long period = sampledOperations.values().stream().mapToLong(Long::longValue).max().orElse(1);
        return String.format("%s: the agent measured %,d cheap operation(s) on 1 in %d of their calls (%s%s): their"
                + " time, allocation and percentiles are estimates, their counts exact; record with"
                + " geoflight-detailed.jfc to measure every call", file, sampledOperations.size(), period,
                String.join(", ", names), more);
    }
}
