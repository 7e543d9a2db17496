package dev.geoflight.it.workload;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Geometries built with the factory only: building them makes no instrumented call, so a
 * workload's events are exactly the calls it makes on purpose.
 */
public final class Shapes {

    public static final GeometryFactory FACTORY = new GeometryFactory();

    private Shapes() {
    }

    public static GeometryFactory factory(int srid) {
        return new GeometryFactory(new PrecisionModel(), srid);
    }

    public static Point point(double x, double y) {
        return FACTORY.createPoint(new Coordinate(x, y));
    }

    public static Polygon rectangle(double minX, double minY, double maxX, double maxY) {
        return rectangle(FACTORY, minX, minY, maxX, maxY);
    }

    public static Polygon rectangle(GeometryFactory factory, double minX, double minY, double maxX, double maxY) {
        return factory.createPolygon(new Coordinate[] {
                new Coordinate(minX, minY), new Coordinate(maxX, minY), new Coordinate(maxX, maxY),
                new Coordinate(minX, maxY), new Coordinate(minX, minY)});
    }

    /** An open zig-zag line with exactly {@code vertices} vertices, starting at (x0, 0). */
    public static LineString zigzag(int vertices, double x0) {
        Coordinate[] coordinates = new Coordinate[vertices];
        for (int i = 0; i < vertices; i++) {
            coordinates[i] = new Coordinate(x0 + i, i % 2);
        }
        return FACTORY.createLineString(coordinates);
    }

    public static LineString line(double x0, double y0, double x1, double y1) {
        return FACTORY.createLineString(new Coordinate[] {new Coordinate(x0, y0), new Coordinate(x1, y1)});
    }
}
