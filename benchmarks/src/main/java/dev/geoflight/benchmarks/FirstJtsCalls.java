package dev.geoflight.benchmarks;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;

/** One call of each kind the agent instruments, so that the classes behind them are loaded (and transformed). */
final class FirstJtsCalls {

    private FirstJtsCalls() {
    }

    static String run() {
        Polygon a = Fixtures.star(0, 0, 10, 12, 1);
        Polygon b = Fixtures.star(5, 5, 10, 12, 2);
        int n = 0;
        n += a.intersects(b) ? 1 : 0;
        n += a.contains(Fixtures.point(1, 1)) ? 1 : 0;
        n += PreparedGeometryFactory.prepare(a).contains(Fixtures.point(1, 1)) ? 1 : 0;
        Geometry union = a.union(b);
        Geometry buffer = Fixtures.walk(0, 0, 1, 50, 3).buffer(2);
        n += a.isValid() ? 1 : 0;
        STRtree tree = new STRtree();
        tree.insert(a.getEnvelopeInternal(), a);
        tree.insert(b.getEnvelopeInternal(), b);
        n += tree.query(a.getEnvelopeInternal()).size();
        try {
            Geometry read = new WKTReader().read(new WKTWriter().write(union));
            n += read.getNumPoints();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
        return n + "/" + buffer.getNumPoints();
    }
}
