package dev.geoflight.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The classic filter-and-refine join through an STR-tree: which parcels does a stretch of road
 * touch (index query, then {@code intersects} on each candidate), which buildings stand on a
 * given parcel ({@code contains}), and which parcels are its neighbours ({@code touches}: parcels
 * of a block share their boundaries exactly).
 */
final class SpatialJoinTask extends LayerScopedTask {
    private static final int MAX_ROAD_VERTICES = 40;

    SpatialJoinTask() {
        super("spatial-join", Layers.PARCELS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        LineString road = Picks.section(city, Picks.any(city.roads(), random), MAX_ROAD_VERTICES, random);
        long operations = 1;
        for (Object candidate : city.indexes().parcels().query(road.getEnvelopeInternal())) {
            operations++;
            road.intersects((Geometry) candidate);
        }
        Polygon parcel = Picks.any(city.parcels(), random);
        operations++;
        for (Object candidate : city.indexes().buildings().query(parcel.getEnvelopeInternal())) {
            operations++;
            parcel.contains((Geometry) candidate);
        }
        operations++;
        for (Object candidate : city.indexes().parcels().query(parcel.getEnvelopeInternal())) {
            if (candidate != parcel) {
                operations++;
                parcel.touches((Geometry) candidate);
            }
        }
        return operations;
    }
}
