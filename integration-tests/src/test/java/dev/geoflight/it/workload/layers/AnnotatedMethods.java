package dev.geoflight.it.workload.layers;

import dev.geoflight.SpatialLayer;

/** Methods that name their layer with {@code @SpatialLayer}. */
final class AnnotatedMethods {

    private AnnotatedMethods() {
    }

    @SpatialLayer("rivers")
    static void rivers(int step) {
        LayerWorkload.step(step);
    }

    /** Ends by an exception: the layer must still be closed. */
    @SpatialLayer("rivers")
    static void failing() {
        throw new IllegalStateException("failed inside a layer");
    }
}
