package dev.geoflight.demo;

import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The anti-pattern on purpose: merging building footprints one by one, {@code merged =
 * merged.union(next)}. Each step re-overlays everything merged so far, so the cost grows with the
 * square of the count; {@code UnaryUnionOp.union(list)} would do it in one pass. The analyzer's
 * {@code union-in-loop} rule should find this call site.
 */
final class NaiveUnionTask extends LayerScopedTask {
    /** Bounds the quadratic cost so one run stays in the millisecond range. */
    private static final int MAX_BUILDINGS = 40;

    NaiveUnionTask() {
        super("union-in-loop", Layers.BUILDINGS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        List<Polygon> buildings = Picks.buildingsAround(city, Picks.any(city.blocks(), random), MAX_BUILDINGS);
        if (buildings.isEmpty()) {
            return 0;
        }
        Geometry merged = buildings.get(0);
        for (int b = 1; b < buildings.size(); b++) {
            merged = merged.union(buildings.get(b));
        }
        return buildings.size() - 1;
    }
}
