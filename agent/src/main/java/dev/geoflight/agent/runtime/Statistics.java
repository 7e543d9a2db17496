package dev.geoflight.agent.runtime;

import dev.geoflight.agent.AgentLog;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All statistics cells. The number of distinct layers is capped: an application that names a
 * layer per request folds the excess into {@code other} instead of growing the agent's memory.
 */
public final class Statistics {

    public static final String OVERFLOW_LAYER = "other";

    private static final Set<String> LAYERS = ConcurrentHashMap.newKeySet();
    private static volatile int maxLayers = 1_000;
    private static volatile boolean overflowReported;

    private Statistics() {
    }

    public static void setMaxLayers(int max) {
        maxLayers = max;
    }

    /** The cap on distinct layers, also applied to distinct repositories. */
    public static int maxLayers() {
        return maxLayers;
    }

    static void record(Operation operation, String layer, int complexity, long nanos, long bytes) {
        ConcurrentHashMap<String, StatisticsCell> cells = operation.cells(complexity);
        StatisticsCell cell = cells.get(layer);
        if (cell == null) {
            cell = cells.computeIfAbsent(admit(layer), name -> new StatisticsCell(operation, name, complexity));
        }
        cell.record(nanos, bytes);
    }

    /** The layer name a new cell is kept under: itself while under the cap, else {@code other}. */
    private static String admit(String layer) {
        if (LAYERS.contains(layer)) {
            return layer;
        }
        if (LAYERS.size() < maxLayers) {
            LAYERS.add(layer);
            return layer;
        }
        if (!overflowReported) {
            overflowReported = true;
            AgentLog.warn("more than " + maxLayers + " distinct layers: statistics of further layers are kept under '"
                    + OVERFLOW_LAYER + "'");
        }
        return OVERFLOW_LAYER;
    }

    /** Emits one statistics event per cell that saw calls since the last drain. */
    static synchronized int drain() {
        int rows = 0;
        for (int id = 0; id < Operations.count(); id++) {
            Operation operation = Operations.get(id);
            for (int bucket = 0; bucket < operation.buckets(); bucket++) {
                for (StatisticsCell cell : operation.cells(bucket).values()) {
                    if (cell.drain()) {
                        rows++;
                    }
                }
            }
        }
        return rows;
    }
}
