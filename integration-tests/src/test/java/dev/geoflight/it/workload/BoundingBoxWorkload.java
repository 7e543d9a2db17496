package dev.geoflight.it.workload;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.buffer.BufferOp;
import org.locationtech.jts.operation.distance.DistanceOp;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;

import java.util.List;

/**
 * One call of each shape of operation, each on geometries with their own envelope, so that a
 * test can tell the receiver's (or first argument's) box from the argument's and the result's.
 * The geometries are public so the test computes the expected values from the same definitions.
 */
public final class BoundingBoxWorkload {

    public static final Geometry RECEIVER = Shapes.rectangle(1, 2, 4, 7);
    public static final Geometry FAR_AWAY = Shapes.rectangle(100, 100, 101, 101);
    public static final Geometry ROAD = Shapes.line(10, 20, 30, 25);
    public static final double ROAD_WIDTH = 2;
    public static final Geometry STATIC_BUFFER_INPUT = Shapes.rectangle(-5, -6, -1, -2);
    public static final Geometry OVERLAY_FIRST = Shapes.rectangle(50, 60, 70, 80);
    public static final Geometry OVERLAY_SECOND = Shapes.rectangle(65, 75, 90, 95);
    public static final Geometry WITH_SRID = Shapes.rectangle(Shapes.factory(4326), 8, 9, 11, 13);
    public static final Geometry PREPARED = Shapes.rectangle(200, 300, 210, 320);
    public static final List<Geometry> UNION_PARTS = List.of(Shapes.rectangle(0, 0, 1, 1), Shapes.rectangle(5, 5, 6, 8));
    public static final Geometry DISTANCE_FIRST = Shapes.rectangle(20, 30, 21, 31);
    public static final Envelope WINDOW = new Envelope(2, 4, 3, 5);
    public static final int INDEX_ITEMS = 10;

    private BoundingBoxWorkload() {
    }

    public static void main(String[] args) {
        System.out.println("intersects=" + RECEIVER.intersects(FAR_AWAY));
        System.out.println("buffer=" + ROAD.buffer(ROAD_WIDTH).getNumPoints());
        System.out.println("bufferOp=" + BufferOp.bufferOp(STATIC_BUFFER_INPUT, 1.5).getNumPoints());
        System.out.println("overlay=" + OverlayNG.overlay(OVERLAY_FIRST, OVERLAY_SECOND, OverlayNG.UNION).getNumPoints());
        System.out.println("valid=" + WITH_SRID.isValid());
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(PREPARED);
        System.out.println("preparedContains=" + prepared.contains(Shapes.point(205, 310)));
        System.out.println("unaryUnion=" + UnaryUnionOp.union(UNION_PARTS).getNumPoints());
        System.out.println("distance=" + DistanceOp.distance(DISTANCE_FIRST, Shapes.point(0, 0)));
        STRtree tree = index();
        tree.build();
        System.out.println("query=" + tree.query(WINDOW).size());
    }

    /** Items i at the unit squares (i, i)-(i+1, i+1). */
    public static STRtree index() {
        STRtree tree = new STRtree();
        for (int i = 0; i < INDEX_ITEMS; i++) {
            tree.insert(new Envelope(i, i + 1, i, i + 1), i);
        }
        return tree;
    }
}
