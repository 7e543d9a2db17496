package dev.geoflight.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.buffer.BufferParameters;

/**
 * Road surfaces from centre lines: a buffer as wide as the street. Long roads (arterials, the
 * diagonal boulevards) are buffered whole, which is what makes them show up as complex work.
 */
final class RoadBufferTask extends LayerScopedTask {
    private static final int ROADS_PER_RUN = 4;
    private static final int LONG_ROAD_VERTICES = 100;
    private static final double ARTERIAL_HALF_WIDTH = 12;
    private static final double LOCAL_HALF_WIDTH = 5;

    RoadBufferTask() {
        super("road-buffer", Layers.ROADS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        for (int r = 0; r < ROADS_PER_RUN; r++) {
            LineString road = Picks.any(city.roads(), random);
            if (road.getNumPoints() >= LONG_ROAD_VERTICES) {
                road.buffer(ARTERIAL_HALF_WIDTH);
            } else {
                // Flat caps so street surfaces meet at crossings instead of bulging into them.
                road.buffer(LOCAL_HALF_WIDTH, BufferParameters.DEFAULT_QUADRANT_SEGMENTS, BufferParameters.CAP_FLAT);
            }
        }
        return ROADS_PER_RUN;
    }
}
