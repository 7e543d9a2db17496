package dev.geoflight.it.repository.workload;

/** Neither a repository nor mapped: its JTS calls get the layer of whoever calls it. */
public final class RoadHelper {

    private RoadHelper() {
    }

    public static void check(int step) {
        Marker.step(step);
    }
}
