package dev.geoflight.demo;

import dev.geoflight.SpatialLayer;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * Flood-risk screening along a river: the riparian zone as a buffer of a stretch of river, and the
 * buildings within that distance of the water. Attributed to its layer by {@code @SpatialLayer}
 * rather than a scope, to show (and exercise) the annotated form of the API.
 */
final class RiverCorridorTask implements WorkloadTask {
    private static final int SECTION_VERTICES = 400;
    private static final double RIPARIAN_ZONE = 40;

    @Override
    public String name() {
        return "river-corridor";
    }

    @Override
    public String layer() {
        return Layers.RIVERS;
    }

    @Override
    @SpatialLayer(Layers.RIVERS)
    public long run(City city, SplittableRandom random) {
        LineString river = Picks.section(city, Picks.any(city.rivers(), random), SECTION_VERTICES, random);
        river.buffer(RIPARIAN_ZONE);
        long operations = 2;
        Envelope window = new Envelope(river.getEnvelopeInternal());
        window.expandBy(RIPARIAN_ZONE);
        for (Polygon building : city.buildingRepository().findIntersecting(window)) {
            operations++;
            if (building.isWithinDistance(river, RIPARIAN_ZONE)) {
                operations++;
                building.distance(river);
            }
        }
        return operations;
    }
}
