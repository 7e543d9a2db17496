package dev.geoflight.demo;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** How big one layer of the city is: printed at start-up and pinned by the determinism test. */
public record LayerStats(String layer, int features, long vertices) {

    static LayerStats of(String layer, List<? extends Geometry> geometries) {
        long vertices = 0;
        for (Geometry geometry : geometries) {
            vertices += geometry.getNumPoints();
        }
        return new LayerStats(layer, geometries.size(), vertices);
    }

    @Override
    public String toString() {
        return layer + "=" + features + " (" + vertices + " vertices)";
    }
}
