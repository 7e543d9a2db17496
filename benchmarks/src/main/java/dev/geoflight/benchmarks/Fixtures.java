package dev.geoflight.benchmarks;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

import java.util.Random;

/** Deterministic geometries for the benchmarks and the recording generator. */
public final class Fixtures {

    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private Fixtures() {
    }

    /** A star-shaped (non-rectangular, so no rectangle fast path) polygon of {@code vertices} corners. */
    public static Polygon star(double centerX, double centerY, double radius, int vertices, long seed) {
        Random random = new Random(seed);
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double r = radius * (0.6 + 0.4 * random.nextDouble());
            ring[i] = new Coordinate(centerX + r * Math.cos(angle), centerY + r * Math.sin(angle));
        }
        ring[vertices] = ring[0].copy();
        return FACTORY.createPolygon(ring);
    }

    /** A random walk of {@code vertices} points with steps of about {@code step}. */
    public static LineString walk(double startX, double startY, double step, int vertices, long seed) {
        Random random = new Random(seed);
        Coordinate[] points = new Coordinate[vertices];
        double x = startX;
        double y = startY;
        double heading = 0;
        for (int i = 0; i < vertices; i++) {
            points[i] = new Coordinate(x, y);
            heading += (random.nextDouble() - 0.5) * 0.8;
            x += step * Math.cos(heading);
            y += step * Math.sin(heading);
        }
        return FACTORY.createLineString(points);
    }

    public static Point point(double x, double y) {
        return FACTORY.createPoint(new Coordinate(x, y));
    }

}
