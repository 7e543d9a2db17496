package dev.geoflight.it.repository.workload;

import dev.geoflight.it.workload.Shapes;

/**
 * One JTS call that names itself: step k is {@code isValid} on a point at x = k, so its event is
 * the one whose box starts at k and the test can check the layer each step got.
 */
public final class Marker {

    private Marker() {
    }

    public static void step(int k) {
        System.out.println("step " + k + " valid=" + Shapes.point(k, 0).isValid());
    }
}
