package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges any number of recordings into one {@link Analysis}. Each file is read through its own
 * {@link FileAggregator}; its groups are added here when the file is done, so that per file and
 * per kind the exact statistics rows win over per-call events cut by a threshold.
 */
public final class Aggregation {
    private final Map<GroupKey, LatencyStats> groups = new HashMap<>();
    private final Map<String, String> repositoryClasses = new HashMap<>();
    private final int slowestLimit;
    private final SlowestCalls slowest;
    private final Map<String, CallSiteStats> callSites = new HashMap<>();
    private final Regions regions = new Regions();
    private final List<CallObserver> observers;
    private final List<String> files = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<CallKind> kindsFromEventsOnly = EnumSet.noneOf(CallKind.class);
    private long start = Long.MAX_VALUE;
    private long end = Long.MIN_VALUE;
    private String jvm = "";
    private String agentVersion = "";
    private long statisticsRows;
    private long callEvents;
    private long callsWithoutStack;
    private long callsFromStatistics;
    private long callsWithEvents;

    /**
     * @param slowestLimit how many slowest calls to keep
     * @param observers    see every per-call event (the rules' own bounded state), per chunk through fresh observers
     */
    public Aggregation(int slowestLimit, List<? extends CallObserver> observers) {
        this.slowestLimit = slowestLimit;
        this.slowest = new SlowestCalls(slowestLimit);
        this.observers = List.copyOf(observers);
    }

    public FileAggregator file(String name) {
        files.add(name);
        return new FileAggregator(name, this);
    }

    public void warn(String warning) {
        warnings.add(warning);
    }

    /** A chunk's order-independent share, merged in file order. */
    void merge(ChunkAggregate part) {
        start = Math.min(start, part.start);
        end = Math.max(end, part.end);
        if (jvm.isEmpty() && part.jvm != null) {
            jvm = part.jvm;
        }
        if (agentVersion.isEmpty() && part.agentVersion != null) {
            agentVersion = part.agentVersion;
        }
        callEvents += part.calls;
        callsWithoutStack += part.callsWithoutStack;
        part.callSites.forEach((site, stats) -> callSites.computeIfAbsent(site, s -> new CallSiteStats()).add(stats));
        part.repositoryClasses.forEach(repositoryClasses::putIfAbsent);
        slowest.absorb(part.slowest);
        regions.absorb(part.regions);
        for (int i = 0; i < observers.size(); i++) {
            observers.get(i).absorb(part.observers[i]);
        }
    }

    /** A part for one chunk of a file, observed by fresh observers of this aggregation's. */
    ChunkAggregate part(String file, int chunk, ChunkAggregate.RowsSeen rowsSeen) {
        return new ChunkAggregate(file, chunk, rowsSeen, slowestLimit, observers);
    }

    void fileDone(Map<GroupKey, LatencyStats> fromStatistics, Map<GroupKey, LatencyStats> fromEvents,
                  Set<CallKind> kindsWithStatistics, long rows, long eventsCountedByStatistics) {
        statisticsRows += rows;
        callsWithEvents += eventsCountedByStatistics;
        fromStatistics.forEach((key, stats) -> {
            groups.computeIfAbsent(key, k -> new LatencyStats()).add(stats);
            callsFromStatistics += stats.count();
        });
        fromEvents.forEach((key, stats) -> {
            LatencyStats target = groups.computeIfAbsent(key, k -> new LatencyStats());
            if (kindsWithStatistics.contains(key.kind())) {
                target.addResultsOf(stats); // counts come from the statistics; results only exist per call
                callsWithEvents += stats.count();
            } else {
                target.add(stats);
                kindsFromEventsOnly.add(key.kind());
            }
        });
    }

    public Analysis finish() {
        if (statisticsRows == 0 && callEvents > 0) {
            warnings.add("no geoflight.OperationStatistics events: counts and percentiles come from per-call events,"
                    + " which a threshold (10 ms by default) may cut; record with the GeoFlight agent for exact counts");
        } else if (!kindsFromEventsOnly.isEmpty() && statisticsRows > 0) {
            warnings.add("no statistics rows for " + kindsFromEventsOnly.stream().map(CallKind::id).sorted().toList()
                    + " calls in some files: their counts come from per-call events, which a threshold may cut");
        }
        if (statisticsRows > 0 && callEvents == 0) {
            warnings.add("no per-call events: slowest calls, call sites and regions are empty;"
                    + " record with geoflight.jfc (threshold 0) or lower the events' threshold for detail");
        } else if (callsFromStatistics > callsWithEvents && callsWithEvents > 0) {
            warnings.add(String.format("per-call events cover %,d of %,d calls (cut by their threshold):"
                    + " slowest calls, call sites and regions describe only those", callsWithEvents, callsFromStatistics));
        }
        if (callsWithoutStack > 0) {
            warnings.add(String.format("%,d of %,d per-call events have no stack trace: their call sites are unknown",
                    callsWithoutStack, callEvents));
        }
        RecordingInfo info = new RecordingInfo(List.copyOf(files), start == Long.MAX_VALUE ? 0 : start,
                start == Long.MAX_VALUE ? 0 : end - start, jvm, agentVersion, statisticsRows, callEvents);
        return new Analysis(info, groups, repositoryClasses, slowest.sorted(), callSites, regions.cells(), regions.cellsByLayer(),
                List.copyOf(warnings));
    }
}
