package dev.geoflight.it.workload.analyzer;

import dev.geoflight.GeoFlight;
import dev.geoflight.it.workload.Shapes;
import jdk.jfr.Recording;

/**
 * Two phases in two chunks of the running recording: {@value #BEFORE} intersects in layer before,
 * then a short second recording starts and stops (JFR begins a new chunk each time, and GeoFlight
 * flushes its statistics into the chunk that ends), then {@value #AFTER} intersects in layer after.
 */
public final class ChunkedWorkload {

    public static final int BEFORE = 300;
    public static final int AFTER = 200;

    private ChunkedWorkload() {
    }

    public static void main(String[] args) {
        System.out.println("before=" + intersects("before", BEFORE));
        try (Recording rotate = new Recording()) {
            rotate.start();
            rotate.stop();
        }
        System.out.println("after=" + intersects("after", AFTER));
    }

    public static int intersects(String layer, int calls) {
        int hits = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer(layer)) {
            for (int i = 0; i < calls; i++) {
                if (Shapes.rectangle(i, 0, i + 10, 10).intersects(Shapes.point(i + 5, 5))) {
                    hits++;
                }
            }
        }
        return hits;
    }
}
