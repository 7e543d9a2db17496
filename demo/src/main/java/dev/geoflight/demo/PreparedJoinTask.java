package dev.geoflight.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * One geometry tested against many: the buildings along a road corridor, or the buildings a lake
 * would flood. The corridor or lake is prepared once, as a well-written application does, and the
 * candidates come from the building repository.
 */
final class PreparedJoinTask extends LayerScopedTask {
    private static final int MAX_ROAD_VERTICES = 30;
    /** Buffer distance: a 50 m wide corridor, the street and the first row of buildings. */
    private static final double CORRIDOR_HALF_WIDTH = 25;
    /** One run in this many tests the buildings around a lake, whose ring has thousands of vertices. */
    private static final int LAKE_EVERY = 4;

    PreparedJoinTask() {
        super("prepared-join", Layers.BUILDINGS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        long operations = 0;
        Geometry area;
        if (random.nextInt(LAKE_EVERY) == 0) {
            area = Picks.any(city.lakes(), random);
        } else {
            area = Picks.section(city, Picks.any(city.roads(), random), MAX_ROAD_VERTICES, random)
                    .buffer(CORRIDOR_HALF_WIDTH);
            operations++;
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(area);
        operations += 2;
        for (Polygon building : city.buildingRepository().findIntersecting(area.getEnvelopeInternal())) {
            operations++;
            if (prepared.intersects(building)) {
                operations++;
                prepared.contains(building);
            }
        }
        return operations;
    }
}
