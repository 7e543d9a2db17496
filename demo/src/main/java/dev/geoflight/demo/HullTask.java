package dev.geoflight.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.algorithm.hull.ConcaveHull;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The footprint of a neighbourhood's buildings: the convex hull, and the tighter concave hull
 * (a Delaunay triangulation underneath, so it costs more with every vertex).
 */
final class HullTask extends LayerScopedTask {
    private static final int MAX_BUILDINGS = 60;
    private static final double LENGTH_RATIO = 0.2;

    HullTask() {
        super("hull", Layers.BUILDINGS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        Geometry buildings = city.factory().createMultiPolygon(
                Picks.buildingsAround(city, Picks.any(city.blocks(), random), MAX_BUILDINGS).toArray(new Polygon[0]));
        buildings.convexHull();
        ConcaveHull.concaveHullByLengthRatio(buildings, LENGTH_RATIO);
        return 2;
    }
}
