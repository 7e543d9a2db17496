package dev.geoflight.it.workload.analyzer;

import dev.geoflight.GeoFlight;
import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.util.ArrayList;
import java.util.List;

/**
 * The same jobs as {@link RulesWorkload}, layer by layer, done the way its rules advise, so no
 * rule has anything to say: the scan layer asks an STRtree for candidates before testing them
 * ({@value #SCAN_POINTS} queries, then intersects and contains on each candidate: more than 1000 predicates), the zone is prepared once, the
 * merge is one UnaryUnionOp, every polygon is validated once, the import reads WKB.
 */
public final class CleanWorkload {

    public static final int SCAN_POINTS = 1200;

    private CleanWorkload() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("scanHits=" + scan());
        System.out.println("zoneHits=" + zones());
        System.out.println("mergedVertices=" + merge());
        System.out.println("valid=" + checks());
        System.out.println("importedPoints=" + importWkb());
    }

    static int scan() {
        STRtree tree = new STRtree();
        for (int row = 0; row < 20; row++) {
            for (int col = 0; col < 20; col++) {
                Polygon parcel = Shapes.rectangle(col * 10, row * 10, col * 10 + 8, row * 10 + 8);
                tree.insert(parcel.getEnvelopeInternal(), parcel);
            }
        }
        int hits = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer("scan")) {
            for (int i = 0; i < SCAN_POINTS; i++) {
                Geometry point = Shapes.point((i * 7) % 200 + 0.5, (i * 13) % 200 + 0.5);
                for (Object candidate : tree.query(point.getEnvelopeInternal())) {
                    // two predicates per candidate; receivers differ from point to point, and no
                    // parcel is tested often enough to be worth preparing
                    boolean intersects = ((Geometry) candidate).intersects(point);
                    boolean contains = ((Geometry) candidate).contains(point);
                    if (intersects && contains) {
                        hits++;
                    }
                }
            }
        }
        return hits;
    }

    static int zones() {
        PreparedGeometry zone = PreparedGeometryFactory.prepare(RulesWorkload.circle(500, 500, 100, 64));
        int hits = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer("zones")) {
            for (int i = 0; i < RulesWorkload.ZONE_PREDICATES; i++) {
                if (zone.intersects(Shapes.point(400 + i, 500))) {
                    hits++;
                }
            }
        }
        return hits;
    }

    static int merge() {
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i <= RulesWorkload.UNIONS; i++) {
            parts.add(Shapes.rectangle(i * 5, 0, i * 5 + 10, 10 + i));
        }
        try (GeoFlight.Scope scope = GeoFlight.layer("merge")) {
            return UnaryUnionOp.union(parts).getNumPoints();
        }
    }

    static int checks() {
        int valid = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer("checks")) {
            for (int i = 0; i < RulesWorkload.VALIDATED * RulesWorkload.VALIDATION_ROUNDS; i++) {
                if (RulesWorkload.circle(i * 100, 0, 20, 32).isValid()) {
                    valid++;
                }
            }
        }
        return valid;
    }

    static long importWkb() throws Exception {
        List<byte[]> records = new ArrayList<>();
        WKBWriter writer = new WKBWriter();
        for (int i = 0; i < RulesWorkload.WKT_READS; i++) {
            records.add(writer.write(RulesWorkload.circle(i * 300, 0, 100, RulesWorkload.WKT_VERTICES - 1)));
        }
        WKBReader reader = new WKBReader();
        long points = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer("import")) {
            for (byte[] record : records) {
                points += reader.read(record).getNumPoints();
            }
        }
        return points;
    }
}
