package dev.geoflight.it.workload;

import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.hprtree.HPRtree;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Public operations that JTS implements with other instrumented operations: with
 * {@code -Djts.overlay=ng}, {@code union(other)} and {@code intersection} call
 * {@code OverlayNGRobust.overlay}; {@code isValid} calls {@code IsValidOp.isValid}; {@code buffer}
 * calls {@code BufferOp.bufferOp}; {@code distance} calls {@code DistanceOp.distance}; {@code union()}
 * calls {@code UnaryUnionOp.union}; and the noders and validity checks query spatial indexes. A
 * never-built STRtree builds itself inside its first query.
 */
public final class FoldingWorkload {

    /** The outermost operations, in call order: each must be one event. */
    public static final String[] OUTERMOST = {
            "Geometry.union", "Geometry.intersection", "Geometry.isValid", "Geometry.buffer",
            "Geometry.distance", "Geometry.union"};
    public static final int INDEX_ITEMS = 50;

    private FoldingWorkload() {
    }

    public static void main(String[] args) {
        Geometry a = Shapes.rectangle(0, 0, 10, 10);
        Geometry b = Shapes.rectangle(5, 5, 15, 15);
        System.out.println("union=" + a.union(b).getArea());
        System.out.println("intersection=" + a.intersection(b).getArea());
        System.out.println("valid=" + a.isValid());
        System.out.println("buffer=" + a.buffer(1).getNumPoints());
        System.out.println("distance=" + a.distance(Shapes.point(20, 20)));
        System.out.println("unaryUnion=" + a.getFactory().createGeometryCollection(new Geometry[] {a, b}).union().getArea());

        // built lazily by its first query: two IndexQuery events, no IndexBuild event
        STRtree lazy = tree();
        System.out.println("lazy=" + lazy.query(new Envelope(0, 10, 0, 10)).size() + "," + lazy.query(new Envelope(0, 3, 0, 3)).size());
        // built explicitly: one IndexBuild event, then one IndexQuery event; building a built tree does nothing: no event
        STRtree built = tree();
        built.build();
        built.build();
        System.out.println("built=" + built.query(new Envelope(0, 10, 0, 10)).size());
        // the same for an HPRtree, whose every query calls build() as well
        HPRtree packed = new HPRtree();
        for (int i = 0; i < INDEX_ITEMS; i++) {
            packed.insert(new Envelope(i, i + 1, i, i + 1), i);
        }
        packed.build();
        packed.build();
        System.out.println("packed=" + packed.query(new Envelope(0, 10, 0, 10)).size());
    }

    private static STRtree tree() {
        STRtree tree = new STRtree();
        for (int i = 0; i < INDEX_ITEMS; i++) {
            tree.insert(new Envelope(i, i + 1, i, i + 1), i);
        }
        return tree;
    }
}
