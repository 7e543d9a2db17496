package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The region grids of some calls: one over all of them and one per layer. Layer names come from
 * applications, so their number is bounded: past {@value #MAX_LAYER_GRIDS} layers the rest share
 * one grid, {@value #OTHER_LAYERS}.
 */
final class Regions {
    static final int MAX_LAYER_GRIDS = 64;
    static final String OTHER_LAYERS = "(other layers)";

    private final RegionGrid all = new RegionGrid();
    /** Layers in first-seen order. */
    private final Map<String, RegionGrid> byLayer = new LinkedHashMap<>();
    private String lastLayer;
    private RegionGrid lastLayerGrid;

    /** Counts a call at its bounding box's centre. */
    void add(CallEvent event) {
        double x = (event.minX() + event.maxX()) / 2;
        double y = (event.minY() + event.maxY()) / 2;
        all.add(x, y, event.durationNanos());
        layer(event.layer()).add(x, y, event.durationNanos());
    }

    private RegionGrid layer(String layer) {
        if (layer == lastLayer) {
            return lastLayerGrid; // readers hand out one instance per name: consecutive calls often share it
        }
        lastLayer = layer;
        lastLayerGrid = grid(layer);
        return lastLayerGrid;
    }

    private RegionGrid grid(String layer) {
        RegionGrid grid = byLayer.get(layer);
        return grid != null ? grid
                : byLayer.computeIfAbsent(byLayer.size() < MAX_LAYER_GRIDS ? layer : OTHER_LAYERS, l -> new RegionGrid());
    }

    /** Adds the grids of calls that come after these (a later chunk's): layers keep their first-seen order. */
    void absorb(Regions later) {
        all.absorb(later.all);
        later.byLayer.forEach((layer, grid) -> grid(layer).absorb(grid));
    }

    List<RegionGrid.Cell> cells() {
        return all.cells();
    }

    /** Each layer's cells, layers in first-seen order. */
    Map<String, List<RegionGrid.Cell>> cellsByLayer() {
        Map<String, List<RegionGrid.Cell>> cells = new LinkedHashMap<>();
        byLayer.forEach((layer, grid) -> cells.put(layer, grid.cells()));
        return cells;
    }
}
