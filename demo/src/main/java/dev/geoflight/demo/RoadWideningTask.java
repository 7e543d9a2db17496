package dev.geoflight.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;

/**
 * Impact of widening a street: the new road corridor overlaid on the parcels it reaches, the land
 * taken from each ({@code OverlayNGRobust} intersection) and what is left of it ({@code difference}).
 * The corridor is wider than the street, so it really cuts into the parcels on both sides.
 */
final class RoadWideningTask extends LayerScopedTask {
    private static final int MAX_ROAD_VERTICES = 12;
    /** Half of a 20 m corridor; streets are 12 m wide, so 4 m come off the parcels on each side. */
    private static final double WIDENED_HALF_WIDTH = 10;

    RoadWideningTask() {
        super("road-widening", Layers.PARCELS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        LineString road = Picks.section(city, Picks.any(city.roads(), random), MAX_ROAD_VERTICES, random);
        Geometry corridor = road.buffer(WIDENED_HALF_WIDTH);
        long operations = 2;
        for (Object candidate : city.indexes().parcels().query(corridor.getEnvelopeInternal())) {
            Geometry parcel = (Geometry) candidate;
            operations++;
            if (corridor.intersects(parcel)) {
                operations += 2;
                OverlayNGRobust.overlay(parcel, corridor, OverlayNG.INTERSECTION);
                parcel.difference(corridor);
            }
        }
        return operations;
    }
}
