package dev.geoflight.it.workload.layers;

import dev.geoflight.GeoFlight;

/** Has no layer in its code: the test maps it to "districts" with the agent's {@code layers} option. */
final class MappedCaller {

    private MappedCaller() {
    }

    static void work(int step) {
        LayerWorkload.step(step);
    }

    static void workInScope(int step, String layer) {
        try (GeoFlight.Scope scope = GeoFlight.layer(layer)) {
            LayerWorkload.step(step);
        }
    }
}
