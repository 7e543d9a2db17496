package dev.geoflight.it.workload.layers;

import dev.geoflight.SpatialLayer;

/** A class-level {@code @SpatialLayer}, and one method that names a layer of its own. */
@SpatialLayer("buildings")
final class AnnotatedClass {

    void inherited(int step) {
        LayerWorkload.step(step);
    }

    @SpatialLayer("roofs")
    void own(int step) {
        LayerWorkload.step(step);
    }
}
