package dev.geoflight.it.workload.analyzer;

import dev.geoflight.GeoFlight;
import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.WKTReader;

/**
 * Each layer makes one mistake a rule is for, and only that one:
 * <ul>
 *   <li>scan: {@value #SCAN_PREDICATES} intersects, each on another parcel, and no index (spatial-index);</li>
 *   <li>zones: one zone is the receiver of {@value #ZONE_PREDICATES} intersects (prepared-geometry);</li>
 *   <li>merge: {@value #UNIONS} times {@code acc = acc.union(next)} into a staircase that gains a step each time (union-in-loop);</li>
 *   <li>checks: {@value #VALIDATED} polygons validated {@value #VALIDATION_ROUNDS} times each (repeated-validation);</li>
 *   <li>import: {@value #WKT_READS} WKT texts of {@value #WKT_VERTICES}-vertex polygons parsed (wkb-over-wkt).</li>
 * </ul>
 * It prints the vertices of the first and the last union's inputs (receiver and argument together).
 */
public final class RulesWorkload {

    public static final int SCAN_PREDICATES = 1500;
    public static final int ZONE_PREDICATES = 200;
    public static final int UNIONS = 40;
    public static final int VALIDATED = 5;
    public static final int VALIDATION_ROUNDS = 8;
    public static final int WKT_READS = 60;
    public static final int WKT_VERTICES = 800;

    private RulesWorkload() {
    }

    public static void main(String[] args) throws Exception {
        scan();
        zones();
        merge();
        checks();
        importWkt();
    }

    static void scan() {
        int hits = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer("scan")) {
            for (int i = 0; i < SCAN_PREDICATES; i++) {
                double x = (i % 40) * 10;
                double y = (i / 40) * 10;
                if (Shapes.rectangle(x, y, x + 5, y + 5).intersects(Shapes.point(x + 1, y + 1))) {
                    hits++;
                }
            }
        }
        System.out.println("scanHits=" + hits);
    }

    static void zones() {
        Polygon zone = circle(500, 500, 100, 64);
        int hits = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer("zones")) {
            for (int i = 0; i < ZONE_PREDICATES; i++) {
                if (zone.intersects(Shapes.point(400 + i, 500))) {
                    hits++;
                }
            }
        }
        System.out.println("zoneHits=" + hits);
    }

    static void merge() {
        Geometry acc = Shapes.rectangle(0, 0, 10, 10);
        try (GeoFlight.Scope scope = GeoFlight.layer("merge")) {
            for (int i = 1; i <= UNIONS; i++) {
                Geometry next = Shapes.rectangle(i * 5, 0, i * 5 + 10, 10 + i);
                int inputs = acc.getNumPoints() + next.getNumPoints();
                if (i == 1) {
                    System.out.println("firstUnionVertices=" + inputs);
                }
                if (i == UNIONS) {
                    System.out.println("lastUnionVertices=" + inputs);
                }
                acc = acc.union(next);
            }
        }
        System.out.println("mergedVertices=" + acc.getNumPoints());
    }

    static void checks() {
        Polygon[] polygons = new Polygon[VALIDATED];
        for (int i = 0; i < VALIDATED; i++) {
            polygons[i] = circle(i * 100, 0, 20, 32);
        }
        int valid = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer("checks")) {
            for (int round = 0; round < VALIDATION_ROUNDS; round++) {
                for (Polygon polygon : polygons) {
                    if (polygon.isValid()) {
                        valid++;
                    }
                }
            }
        }
        System.out.println("valid=" + valid);
    }

    static void importWkt() throws Exception {
        WKTReader reader = new WKTReader();
        long points = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer("import")) {
            for (int i = 0; i < WKT_READS; i++) {
                points += reader.read(wkt(circle(i * 300, 0, 100, WKT_VERTICES - 1))).getNumPoints();
            }
        }
        System.out.println("importedPoints=" + points);
    }

    /** A closed ring of {@code sides} distinct points around a circle (sides + 1 vertices). */
    static Polygon circle(double cx, double cy, double radius, int sides) {
        Coordinate[] ring = new Coordinate[sides + 1];
        for (int k = 0; k < sides; k++) {
            double angle = 2 * Math.PI * k / sides;
            ring[k] = new Coordinate(cx + radius * Math.cos(angle), cy + radius * Math.sin(angle));
        }
        ring[sides] = ring[0].copy();
        return Shapes.FACTORY.createPolygon(ring);
    }

    /** WKT built by hand: WKTWriter is instrumented too, and only the reads are this layer's mistake. */
    static String wkt(Polygon polygon) {
        StringBuilder text = new StringBuilder("POLYGON ((");
        Coordinate[] coordinates = polygon.getExteriorRing().getCoordinates();
        for (int k = 0; k < coordinates.length; k++) {
            text.append(k == 0 ? "" : ", ").append(coordinates[k].x).append(' ').append(coordinates[k].y);
        }
        return text.append("))").toString();
    }
}
