package dev.geoflight.it.workload.analyzer;

import dev.geoflight.GeoFlight;
import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * A planted slow area. Cheap calls are spread over [0, 1000] x [0, 1000] on a lattice, in a
 * shuffled order (the grids do not depend on it): intersects in layer parcels,
 * buffers of short lines in layer roads. The expensive calls, {@value #SLOW_BUFFERS} buffers of
 * dense zig-zags in layer roads, all have the envelope {@link #SQUARE}; no cheap call has its
 * centre within {@value #CLEAR} of the square's centre, so the grid cell that holds the square
 * holds only the expensive calls.
 */
public final class RegionsWorkload {

    /** minX, minY, maxX, maxY of every expensive geometry. */
    public static final double[] SQUARE = {640, 290, 660, 310};
    public static final double CENTRE_X = 650;
    public static final double CENTRE_Y = 300;
    public static final double CLEAR = 150;
    public static final int SLOW_BUFFERS = 30;
    public static final int SLOW_VERTICES = 120;
    /** Lattice points per row and column; those near the square are left out. */
    public static final int LATTICE = 40;
    public static final double LATTICE_STEP = 25;

    private RegionsWorkload() {
    }

    public static void main(String[] args) {
        List<double[]> spread = spreadCentres();
        int hits = 0;
        double area = 0;
        try (GeoFlight.Scope parcels = GeoFlight.layer("parcels")) {
            for (double[] c : spread) {
                if (Shapes.rectangle(c[0] - 2, c[1] - 2, c[0] + 2, c[1] + 2).intersects(Shapes.point(c[0], c[1]))) {
                    hits++;
                }
            }
        }
        try (GeoFlight.Scope roads = GeoFlight.layer("roads")) {
            Random random = new Random(42);
            for (int i = 0; i < SLOW_BUFFERS; i++) {
                area += denseZigzag(random).buffer(0.2).getArea();
            }
            for (int i = 0; i < spread.size(); i += 4) {
                double[] c = spread.get(i);
                area += Shapes.line(c[0] - 1, c[1] - 1, c[0] + 1, c[1] + 1).buffer(0.5).getArea();
            }
        }
        System.out.println("parcels=" + spread.size() + " roadsCheap=" + (spread.size() + 3) / 4 + " hits=" + hits);
        System.out.printf("area=%.3f%n", area);
    }

    /** Lattice centres over [0, 1000]², shuffled with a fixed seed, without those near the square. */
    public static List<double[]> spreadCentres() {
        List<double[]> centres = new ArrayList<>();
        for (int row = 0; row < LATTICE; row++) {
            for (int col = 0; col < LATTICE; col++) {
                double x = LATTICE_STEP / 2 + col * LATTICE_STEP;
                double y = LATTICE_STEP / 2 + row * LATTICE_STEP;
                if (Math.abs(x - CENTRE_X) > CLEAR || Math.abs(y - CENTRE_Y) > CLEAR) {
                    centres.add(new double[] {x, y});
                }
            }
        }
        Collections.shuffle(centres, new Random(7));
        return centres;
    }

    /** A line sweeping between the square's left and right edges while climbing from its bottom to its top. */
    static LineString denseZigzag(Random random) {
        Coordinate[] coordinates = new Coordinate[SLOW_VERTICES];
        for (int k = 0; k < SLOW_VERTICES; k++) {
            double x = k % 2 == 0 ? SQUARE[0] + random.nextDouble() * 2 : SQUARE[2] - random.nextDouble() * 2;
            double y = SQUARE[1] + (SQUARE[3] - SQUARE[1]) * k / (SLOW_VERTICES - 1);
            coordinates[k] = new Coordinate(x, y);
        }
        // pin the envelope to the square exactly
        coordinates[0] = new Coordinate(SQUARE[0], SQUARE[1]);
        coordinates[SLOW_VERTICES - 1] = new Coordinate(SQUARE[2], SQUARE[3]);
        return Shapes.FACTORY.createLineString(coordinates);
    }
}
