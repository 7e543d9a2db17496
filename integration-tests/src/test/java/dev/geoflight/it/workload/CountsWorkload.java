package dev.geoflight.it.workload;

import dev.geoflight.GeoFlight;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

import java.util.Map;

/**
 * A known mix: 1000 intersects in layer parcels, 10 buffers in layer roads, 3 unions with no layer.
 * Nothing else calls JTS operations, so these are the exact counts a recording must hold.
 */
public final class CountsWorkload {

    public static final int INTERSECTS = 1000;
    public static final int BUFFERS = 10;
    public static final int UNIONS = 3;

    private CountsWorkload() {
    }

    /** The exact per-call event and statistics counts, by {@code operation|layer}. */
    public static Map<String, Long> expectedCounts() {
        return Map.of(
                "Geometry.intersects|parcels", (long) INTERSECTS,
                "Geometry.buffer|roads", (long) BUFFERS,
                "Geometry.union|", (long) UNIONS);
    }

    /** {@code --settle-millis N}: waits that long before the calls, for what the agent does once a recording starts. */
    public static void main(String[] args) throws InterruptedException {
        if (args.length == 2 && args[0].equals("--settle-millis")) {
            Thread.sleep(Long.parseLong(args[1]));
        }
        Polygon parcel = Shapes.rectangle(0, 0, 10, 10);
        int hits = 0;
        try (GeoFlight.Scope parcels = GeoFlight.layer("parcels")) {
            for (int i = 0; i < INTERSECTS; i++) {
                if (parcel.intersects(Shapes.point(i % 20, 5))) {
                    hits++;
                }
            }
        }
        double bufferArea = 0;
        try (GeoFlight.Scope roads = GeoFlight.layer("roads")) {
            for (int i = 0; i < BUFFERS; i++) {
                bufferArea += Shapes.line(i, 0, i + 10, 10).buffer(1).getArea();
            }
        }
        double unionArea = 0;
        for (int i = 0; i < UNIONS; i++) {
            Geometry union = Shapes.rectangle(i, 0, i + 10, 10).union(Shapes.rectangle(i + 5, 5, i + 15, 15));
            unionArea += union.getArea();
        }
        System.out.println("java=" + Runtime.version().feature());
        System.out.println("hits=" + hits);
        System.out.printf("bufferArea=%.6f%n", bufferArea);
        System.out.printf("unionArea=%.6f%n", unionArea);
    }
}
