package dev.geoflight.it.workload.analyzer;

import dev.geoflight.GeoFlight;
import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Three layers with known counts and clearly different costs, each from its own method (so each
 * is the call site of its operation): {@value #INTERSECTS} cheap {@code intersects} in layer
 * parcels, {@value #BUFFERS} buffers of {@value #ROAD_VERTICES}-vertex lines in layer roads (by
 * far the most time and memory), {@value #VALIDATIONS} {@code isValid} of
 * {@value #RIVER_VERTICES}-vertex polygons in layer rivers.
 */
public final class MixWorkload {

    public static final int INTERSECTS = 2000;
    public static final int BUFFERS = 50;
    public static final int VALIDATIONS = 10;
    public static final int ROAD_VERTICES = 1000;
    public static final int RIVER_SHELL_VERTICES = 4000;
    /** Islands per row and column of a river's grid of holes. */
    public static final int ISLANDS = 16;
    public static final int RIVER_VERTICES = RIVER_SHELL_VERTICES + ISLANDS * ISLANDS * 5;
    /** Road i is the zig-zag starting at x = i * ROAD_SPACING, so its box is [x, 0, x + ROAD_VERTICES - 1, 1]. */
    public static final double ROAD_SPACING = 2000;

    private MixWorkload() {
    }

    public static void main(String[] args) {
        System.out.println("hits=" + intersectParcels());
        System.out.printf("bufferArea=%.3f%n", bufferRoads());
        System.out.println("valid=" + validateRivers());
    }

    static int intersectParcels() {
        int hits = 0;
        try (GeoFlight.Scope parcels = GeoFlight.layer("parcels")) {
            for (int i = 0; i < INTERSECTS; i++) {
                double x = (i % 50) * 20;
                double y = (i / 50) * 20;
                if (Shapes.rectangle(x, y, x + 10, y + 10).intersects(Shapes.point(x + i % 15, y + 5))) {
                    hits++;
                }
            }
        }
        return hits;
    }

    static double bufferRoads() {
        double area = 0;
        try (GeoFlight.Scope roads = GeoFlight.layer("roads")) {
            for (int i = 0; i < BUFFERS; i++) {
                area += Shapes.zigzag(ROAD_VERTICES, i * ROAD_SPACING).buffer(0.5).getArea();
            }
        }
        return area;
    }

    static int validateRivers() {
        int valid = 0;
        try (GeoFlight.Scope rivers = GeoFlight.layer("rivers")) {
            for (int i = 0; i < VALIDATIONS; i++) {
                if (river(i * 100.0).isValid()) {
                    valid++;
                }
            }
        }
        return valid;
    }

    /**
     * A wavy ring of RIVER_SHELL_VERTICES - 1 distinct points around a circle of radius 40 with a
     * 20 x 20 grid of small square holes (islands) inside: RIVER_VERTICES vertices in all.
     */
    static Polygon river(double x0) {
        Coordinate[] shell = new Coordinate[RIVER_SHELL_VERTICES];
        for (int k = 0; k < RIVER_SHELL_VERTICES - 1; k++) {
            double angle = 2 * Math.PI * k / (RIVER_SHELL_VERTICES - 1);
            double radius = 40 + Math.sin(angle * 50);
            shell[k] = new Coordinate(x0 + radius * Math.cos(angle), radius * Math.sin(angle));
        }
        shell[RIVER_SHELL_VERTICES - 1] = shell[0].copy();
        LinearRing[] holes = new LinearRing[ISLANDS * ISLANDS];
        for (int row = 0; row < ISLANDS; row++) {
            for (int col = 0; col < ISLANDS; col++) {
                double x = x0 - 20 + 2 * col;
                double y = -20 + 2 * row;
                holes[row * ISLANDS + col] = Shapes.rectangle(x, y, x + 0.5, y + 0.5).getExteriorRing();
            }
        }
        return Shapes.FACTORY.createPolygon(Shapes.FACTORY.createLinearRing(shell), holes);
    }
}
