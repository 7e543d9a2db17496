package dev.geoflight.it.workload.analyzer;

import dev.geoflight.GeoFlight;
import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

/**
 * The same calls run after run: {@value #WARMUP} buffers in layer warmup (too few to be judged by
 * a diff; they take the first-call costs), {@value #INTERSECTS} intersects in layer parcels and
 * {@value #BUFFERS} buffers of gently curving roads in layer roads. With the argument {@code slow}
 * the roads have {@value #SLOW_VERTICES} vertices instead of {@value #FAST_VERTICES}: the same
 * (operation, layer, complexity) row (both are medium), many times the work per call.
 */
public final class DiffWorkload {

    public static final int WARMUP = 60;
    public static final int INTERSECTS = 2000;
    public static final int BUFFERS = 100;
    public static final int FAST_VERTICES = 100;
    public static final int SLOW_VERTICES = 4000;

    private DiffWorkload() {
    }

    public static void main(String[] args) {
        boolean slow = args.length > 0 && args[0].equals("slow");
        double area = 0;
        try (GeoFlight.Scope warmup = GeoFlight.layer("warmup")) {
            for (int i = 0; i < WARMUP; i++) {
                area += road(FAST_VERTICES, i).buffer(1).getArea();
            }
        }
        int hits = 0;
        try (GeoFlight.Scope parcels = GeoFlight.layer("parcels")) {
            for (int i = 0; i < INTERSECTS; i++) {
                double x = (i % 50) * 20;
                if (Shapes.rectangle(x, 0, x + 10, 10).intersects(Shapes.point(x + i % 15, 5))) {
                    hits++;
                }
            }
        }
        try (GeoFlight.Scope roads = GeoFlight.layer("roads")) {
            for (int i = 0; i < BUFFERS; i++) {
                area += road(slow ? SLOW_VERTICES : FAST_VERTICES, i).buffer(1).getArea();
            }
        }
        System.out.println("hits=" + hits);
        System.out.printf("area=%.3f%n", area);
    }

    /** A road along a long, gentle sine wave: its buffer does not overlap itself, so the cost grows with the vertices. */
    static LineString road(int vertices, int index) {
        Coordinate[] coordinates = new Coordinate[vertices];
        for (int k = 0; k < vertices; k++) {
            double x = k * 10.0;
            coordinates[k] = new Coordinate(x, index * 1000 + 100 * Math.sin(x / 500));
        }
        return Shapes.FACTORY.createLineString(coordinates);
    }
}
