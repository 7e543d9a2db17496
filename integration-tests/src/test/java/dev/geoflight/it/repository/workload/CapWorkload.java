package dev.geoflight.it.repository.workload;

import dev.geoflight.GeoFlight;

/**
 * More distinct layers and repositories than {@code max.layers=3} allows: step k runs in layer
 * {@link #LAYERS}[k]; the five Cap*Store repositories are called once each, in order.
 */
public final class CapWorkload {

    public static final String[] LAYERS = {null, "", "a", "b", "c", "d", "e"};

    private CapWorkload() {
    }

    public static void main(String[] args) {
        for (int step = 1; step < LAYERS.length; step++) {
            try (GeoFlight.Scope scope = GeoFlight.layer(LAYERS[step])) {
                Marker.step(step);
            }
        }
        new CapStores.Cap1Store().find();
        new CapStores.Cap2Store().find();
        new CapStores.Cap3Store().find();
        new CapStores.Cap4Store().find();
        new CapStores.Cap5Store().find();
    }
}
