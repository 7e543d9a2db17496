package dev.geoflight.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Address access: the road nearest to a building, found by querying the road index around the
 * building and measuring each candidate, then the closest pair of points for the access path.
 */
final class NearestRoadTask extends LayerScopedTask {
    private static final double SEARCH_RADIUS = 80;

    NearestRoadTask() {
        super("nearest-road", Layers.ROADS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        Polygon building = Picks.any(city.buildings(), random);
        Envelope window = new Envelope(building.getEnvelopeInternal());
        window.expandBy(SEARCH_RADIUS);
        long operations = 1;
        Geometry nearest = null;
        double best = Double.POSITIVE_INFINITY;
        for (Object candidate : city.indexes().roads().query(window)) {
            Geometry road = (Geometry) candidate;
            operations++;
            double distance = building.distance(road);
            if (distance < best) {
                best = distance;
                nearest = road;
            }
        }
        if (nearest != null) {
            operations++;
            DistanceOp.nearestPoints(building, nearest);
        }
        return operations;
    }
}
