package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.read.RecordingVisitor;
import dev.geoflight.analyzer.read.StackTrace;
import dev.geoflight.analyzer.read.StatisticsRow;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * What one chunk adds to its file's view, gathered on the thread that reads the chunk: groups,
 * call sites, counts, the slowest calls, region grids and the rules' observations.
 * {@link FileAggregator} merges the parts in file order; what depends on the order of calls
 * (the rules' sequences and sketches) merges by rules that give what one pass over the whole
 * file would, so nothing per call needs to leave the reader thread.
 *
 * <p>Maps keep first-seen order, so that merging parts chunk by chunk inserts keys into the
 * file's maps in the order one thread reading the whole file would: rules that list ties in map
 * order then say the same.
 */
final class ChunkAggregate implements RecordingVisitor {
    /**
     * The per-call events of one group. Whether an event is counted by the statistics rows
     * depends on whether a row of its kind came before it in the file; for events before this
     * chunk's first row of their kind only the file knows (earlier chunks), so they are kept
     * apart and {@link FileAggregator#merge} decides.
     */
    static final class EventGroup {
        /** Events before this chunk's first statistics row of their kind. */
        final LatencyStats beforeRows = new LatencyStats();
        /** Results of events after it (counts come from the rows). */
        final LatencyStats afterRows = new LatencyStats();
        /** Index of the first event that puts the group in the file's map when earlier chunks had rows of its kind. */
        long firstWithResults = -1;
        /** The same when they had none. */
        long firstKept = -1;
    }

    /**
     * Per kind of call, the first chunk in which a reader thread has seen statistics rows of
     * that kind. A chunk after it needs only the count and results of its calls of that kind
     * before its own first row: {@link FileAggregator#merge} keeps no more of them, because the
     * rows of the earlier chunk count those calls. The file's first chunks are read before any
     * row is seen; the rest skip the latency histogram, which most calls would fill in vain.
     */
    static final class RowsSeen {
        private final AtomicIntegerArray firstChunk = new AtomicIntegerArray(CallKind.values().length);

        RowsSeen() {
            for (int i = 0; i < firstChunk.length(); i++) {
                firstChunk.set(i, Integer.MAX_VALUE);
            }
        }

        void seen(CallKind kind, int chunk) {
            firstChunk.accumulateAndGet(kind.ordinal(), chunk, Math::min);
        }

        boolean before(CallKind kind, int chunk) {
            return firstChunk.get(kind.ordinal()) < chunk;
        }
    }

    final Map<GroupKey, LatencyStats> fromStatistics = new LinkedHashMap<>();
    final Map<GroupKey, EventGroup> fromEvents = new LinkedHashMap<>();
    final Set<CallKind> kindsWithStatistics = EnumSet.noneOf(CallKind.class);
    long rows;
    long badHistograms;
    /** Operations whose rows say the agent measured only some of their calls, with the largest period. */
    final Map<String, Long> sampledOperations = new TreeMap<>();
    long calls;
    /** Calls after this chunk's first statistics row of their kind. */
    long callsAfterRows;
    long callsWithoutStack;
    final Map<String, CallSiteStats> callSites = new LinkedHashMap<>();
    final Map<String, String> repositoryClasses = new LinkedHashMap<>();
    long start = Long.MAX_VALUE;
    long end = Long.MIN_VALUE;
    /** The first JVM and agent named, null when none was. */
    String jvm;
    String agentVersion;

    private static final int RECENT_GROUPS = 256;
    private final GroupKey[] recentGroupKeys = new GroupKey[RECENT_GROUPS];
    private final EventGroup[] recentGroups = new EventGroup[RECENT_GROUPS];
    private static final int RECENT_TRACES = 1024;
    private final StackTrace[] recentTraces = new StackTrace[RECENT_TRACES];
    private final String[] recentSites = new String[RECENT_TRACES];
    private final CallSiteStats[] recentStats = new CallSiteStats[RECENT_TRACES];
    private final CallSiteLocator locator = new CallSiteLocator();
    final SlowestCalls slowest;
    final Regions regions = new Regions();
    /** Fresh observers of the file's, in the same order. */
    final CallObserver[] observers;

    private final String file;
    private final int chunk;
    private final RowsSeen rowsSeen;
    /**
     * Per kind of call, whether an earlier chunk was known to hold statistics rows of that kind
     * when this part began. Fixed then, not asked again per call: a per-call check that turned
     * true in the middle of a run was a branch the JIT had compiled away, and its compiled code
     * was thrown away; a part that began too early fills some histograms in vain, nothing worse.
     */
    private final boolean[] rowsEarlier = new boolean[CallKind.values().length];

    ChunkAggregate(String file, int chunk, RowsSeen rowsSeen, int slowestLimit, List<CallObserver> observers) {
        this.file = file;
        this.chunk = chunk;
        this.rowsSeen = rowsSeen;
        for (CallKind kind : CallKind.values()) {
            rowsEarlier[kind.ordinal()] = rowsSeen.before(kind, chunk);
        }
        this.slowest = new SlowestCalls(slowestLimit);
        this.observers = observers.stream().map(CallObserver::fresh).toArray(CallObserver[]::new);
    }

    @Override
    public void chunk(long startEpochNanos, long durationNanos) {
        start = Math.min(start, startEpochNanos);
        end = Math.max(end, startEpochNanos + durationNanos);
    }

    @Override
    public void jvm(String name, String version, String arguments) {
        if ((jvm == null || jvm.isEmpty()) && name != null) {
            jvm = JvmName.shorten(name, version);
        }
    }

    @Override
    public void agent(String version) {
        if (agentVersion == null || agentVersion.isEmpty()) {
            agentVersion = version;
        }
    }

    @Override
    public void statistics(StatisticsRow row) {
        rows++;
        if (kindsWithStatistics.add(row.kind())) {
            rowsSeen.seen(row.kind(), chunk);
        }
        GroupKey key = new GroupKey(row.kind(), row.operation(), row.layer(), row.complexity());
        boolean decoded = fromStatistics.computeIfAbsent(key, k -> new LatencyStats())
                .addRow(row.count(), row.totalNanos(), row.maxNanos(), row.allocatedBytes(), row.histogram());
        if (!decoded) {
            badHistograms++;
        }
        if (row.samplingPeriod() > 1) {
            sampledOperations.merge(row.operation(), row.samplingPeriod(), Math::max);
        }
    }

    @Override
    public void call(CallEvent event) {
        long index = calls++;
        boolean afterRows = kindsWithStatistics.contains(event.kind());
        if (!afterRows || event.results() >= 0) { // else only the rows count it: nothing to keep per group
            EventGroup group = group(event);
            if (group.firstKept < 0) {
                group.firstKept = index;
            }
            if (group.firstWithResults < 0 && event.results() >= 0) {
                group.firstWithResults = index;
            }
            if (afterRows) {
                group.afterRows.addResults(event.results());
            } else if (rowsEarlier[event.kind().ordinal()]) {
                group.beforeRows.countCall(event.results());
            } else {
                group.beforeRows.addCall(event.durationNanos(), event.allocatedBytes(), event.results());
            }
        }
        if (afterRows) {
            callsAfterRows++;
        }
        if (event.stackTrace().frames().isEmpty()) {
            callsWithoutStack++;
        }
        String site;
        if (event.kind() == CallKind.REPOSITORY) {
            // Repository calls contain the JTS calls they make: counting both would double the time.
            site = locator.locate(event);
            repositoryClasses.putIfAbsent(event.operation(), event.repository());
        } else {
            site = countAtSite(event);
        }
        if (slowest.wouldKeep(event.durationNanos())) {
            slowest.offer(new SlowestCalls.SlowCall(event, site, file));
        }
        if (event.kind() != CallKind.REPOSITORY && event.hasBoundingBox()) {
            regions.add(event);
        }
        for (CallObserver observer : observers) {
            observer.observe(event);
        }
    }

    /**
     * The call's group. Readers hand out one String instance per name, so the group of a recent
     * call with the same name instances is found in a table direct-mapped by the names' hashes
     * without building a key; a key per call was a tenth of everything the analyzer allocated.
     */
    private EventGroup group(CallEvent event) {
        CallKind kind = event.kind();
        String operation = event.operation();
        String layer = event.layer();
        String complexity = event.complexity();
        int slot = GroupKey.hash(kind, operation, layer, complexity) & (RECENT_GROUPS - 1);
        GroupKey key = recentGroupKeys[slot];
        if (key == null || key.operation() != operation || key.layer() != layer || key.complexity() != complexity
                || key.kind() != kind) {
            key = new GroupKey(kind, operation, layer, complexity);
            recentGroupKeys[slot] = key;
            recentGroups[slot] = fromEvents.computeIfAbsent(key, k -> new EventGroup());
        }
        return recentGroups[slot];
    }

    /**
     * The call's site, where the call is counted. Remembered per stack trace instance (readers hand
     * out one per distinct trace, and a few traces make most calls) in a table direct-mapped by
     * identity: one probe per call, where two identity maps each took a lookup, and whose probing
     * on the first collision threw the JIT's compiled code away.
     */
    private String countAtSite(CallEvent event) {
        StackTrace trace = event.stackTrace();
        int slot = System.identityHashCode(trace) & (RECENT_TRACES - 1);
        if (recentTraces[slot] != trace) {
            String site = locator.locate(event);
            recentTraces[slot] = trace;
            recentSites[slot] = site;
            recentStats[slot] = site.isEmpty() ? null : callSites.computeIfAbsent(site, s -> new CallSiteStats());
        }
        CallSiteStats stats = recentStats[slot];
        if (stats != null) {
            stats.add(event.operation(), event.durationNanos(), 1);
        }
        return recentSites[slot];
    }
}
