package dev.geoflight.it.repository.workload;

/** Mapped to the layer "helpers" by the layers option. */
public final class MappedHelper {

    private MappedHelper() {
    }

    public static void check(int step) {
        Marker.step(step);
    }
}
