package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Merges any number of recordings into one {@link Analysis}. Each file is read through its own
 * {@link FileAggregator}; its groups are added here when the file is done, so that per file and
 * per kind the exact statistics rows win over per-call events cut by a threshold.
 */
public final class Aggregation {
    static final int MAX_LAYER_GRIDS = 64;
    static final String OTHER_LAYERS = "(other layers)";
    private static final int LAYER_SAMPLE = 4096;

    private final Map<GroupKey, LatencyStats> groups = new HashMap<>();
    private final Map<String, String> repositoryClasses = new HashMap<>();
    private final SlowestCalls slowest;
    private final Map<String, CallSiteStats> callSites = new HashMap<>();
    private final RegionGrid regions = new RegionGrid();
    private final Map<String, RegionGrid> regionsByLayer = new LinkedHashMap<>();
    private String lastLayer;
    private RegionGrid lastLayerGrid;
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
     * @param observers    see every per-call event (the rules' own bounded state)
     */
    public Aggregation(int slowestLimit, List<? extends CallObserver> observers) {
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
    }

    /** What depends on the order of calls, which must therefore see them in file order. */
    void replay(CallEvent event, String site, String file) {
        if (slowest.wouldKeep(event.durationNanos())) {
            slowest.offer(new SlowestCalls.SlowCall(event, site, file));
        }
        if (event.kind() != CallKind.REPOSITORY && event.hasBoundingBox()) {
            double x = (event.minX() + event.maxX()) / 2;
            double y = (event.minY() + event.maxY()) / 2;
            regions.add(x, y, event.durationNanos());
            regionsByLayer(event.layer()).add(x, y, event.durationNanos());
        }
        for (CallObserver observer : observers) {
            observer.observe(event);
        }
    }

    /**
     * The layer's grid. Layer names come from applications, so their number is bounded here: past
     * {@value #MAX_LAYER_GRIDS} layers the rest share one grid.
     */
    private RegionGrid regionsByLayer(String layer) {
        if (layer == lastLayer) {
            return lastLayerGrid; // readers hand out one instance per name: consecutive calls often share it
        }
        RegionGrid grid = regionsByLayer.get(layer);
        if (grid == null) {
            String key = regionsByLayer.size() < MAX_LAYER_GRIDS ? layer : OTHER_LAYERS;
            grid = regionsByLayer.computeIfAbsent(key, l -> new RegionGrid(LAYER_SAMPLE));
        }
        lastLayer = layer;
        lastLayerGrid = grid;
        return grid;
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
        Map<String, List<RegionGrid.Cell>> byLayer = new LinkedHashMap<>();
        regionsByLayer.forEach((layer, grid) -> byLayer.put(layer, grid.cells()));
        RecordingInfo info = new RecordingInfo(List.copyOf(files), start == Long.MAX_VALUE ? 0 : start,
                start == Long.MAX_VALUE ? 0 : end - start, jvm, agentVersion, statisticsRows, callEvents);
        return new Analysis(info, groups, repositoryClasses, slowest.sorted(), callSites, regions.cells(), byLayer,
                List.copyOf(warnings));
    }
}
