package dev.geoflight.agent.runtime;

import dev.geoflight.agent.AgentLog;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * All statistics cells. The number of distinct layers is capped: an application that names a
 * layer per request folds the excess into {@code other} instead of growing the agent's memory.
 */
public final class Statistics {

    public static final String OVERFLOW_LAYER = "other";

    private static final Set<String> LAYERS = ConcurrentHashMap.newKeySet();
    private static volatile int maxLayers = 1_000;
    /** At most this many (operation, layer, complexity) cells, about 60 KB each, beyond the {@code other} ones. */
    static final int MAX_CELLS = 2_048;
    private static final AtomicInteger CELLS = new AtomicInteger();
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

    /** The cell calls of this operation, layer and complexity are counted in; the same one every time. */
    static StatisticsCell cell(Operation operation, String layer, int complexity) {
        ConcurrentHashMap<String, StatisticsCell> cells = operation.cells(complexity);
        StatisticsCell cell = cells.get(layer);
        if (cell == null) {
            String admitted = admit(layer);
            if (!admitted.equals(OVERFLOW_LAYER) && CELLS.get() >= MAX_CELLS && !cells.containsKey(admitted)) {
                // each cell holds fixed-size histograms: the number of cells bounds the agent's memory
                admitted = OVERFLOW_LAYER;
            }
            cell = cells.computeIfAbsent(admitted, name -> {
                CELLS.incrementAndGet();
                return new StatisticsCell(operation, name, complexity);
            });
        }
        return cell;
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
            operation.endPeriod();
        }
        return rows;
    }
}
