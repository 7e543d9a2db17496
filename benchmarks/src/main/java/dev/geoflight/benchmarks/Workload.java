package dev.geoflight.benchmarks;

import dev.geoflight.GeoFlight;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

import java.util.Locale;

/**
 * {@code Workload --calls N}: exactly N outermost JTS calls of a fixed mix (cheap predicates,
 * distances, an occasional buffer) over many places and three layers, single-threaded. Run under
 * the agent it makes the recordings the size and analyzer benchmarks read: with a 0 ms threshold,
 * one {@code geoflight.SpatialOperation} per call.
 */
public final class Workload {

    static final String[] LAYERS = {"roads", "parcels", "water", ""};
    /** The methods the mix calls, as JEP 520 filters. */
    public static final String JDK_METHOD_FILTER = String.join(";",
            "org.locationtech.jts.geom.Geometry::intersects",
            "org.locationtech.jts.geom.Geometry::distance",
            "org.locationtech.jts.geom.Geometry::isWithinDistance",
            "org.locationtech.jts.geom.prep.PreparedPolygon::contains",
            "org.locationtech.jts.geom.Geometry::buffer");

    private static volatile Object sink;

    private final Polygon[] polygons = new Polygon[64];
    private final PreparedGeometry[] prepared = new PreparedGeometry[64];
    private final Point[] points = new Point[97];
    private final LineString line = Fixtures.walk(0, 0, 1, 200, 7);

    Workload() {
        for (int i = 0; i < polygons.length; i++) {
            double x = (i % 8) * 30;
            double y = (i / 8) * 30;
            polygons[i] = Fixtures.star(x, y, 10, 8 + (i % 5) * 4, i);
            prepared[i] = PreparedGeometryFactory.prepare(polygons[i]);
        }
        for (int i = 0; i < points.length; i++) {
            points[i] = Fixtures.point((i * 7.3) % 240, (i * 11.1) % 240);
        }
    }

    /** Makes {@code calls} outermost JTS calls; returns a value so the JIT keeps them. */
    long run(long calls) {
        long hits = 0;
        long done = 0;
        int layer = 0;
        while (done < calls) {
            long batch = Math.min(1000, calls - done);
            try (GeoFlight.Scope scope = GeoFlight.layer(LAYERS[layer++ % LAYERS.length])) {
                for (long i = done; i < done + batch; i++) {
                    hits += call(i);
                }
            }
            done += batch;
        }
        return hits;
    }

    private int call(long i) {
        Polygon a = polygons[(int) (i % polygons.length)];
        Polygon b = polygons[(int) ((i * 31 + 7) % polygons.length)];
        Point p = points[(int) (i % points.length)];
        if (i % 5000 == 4999) {
            Geometry buffer = line.buffer(2);
            sink = buffer;
            return buffer.getNumPoints() & 1;
        }
        switch ((int) (i % 4)) {
            case 0:
                return a.intersects(b) ? 1 : 0;
            case 1:
                return prepared[(int) (i % prepared.length)].contains(p) ? 1 : 0;
            case 2:
                return a.distance(b) < 20 ? 1 : 0;
            default:
                return a.isWithinDistance(p, 15) ? 1 : 0;
        }
    }

    public static void main(String[] args) {
        long calls = 1_000_000;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--calls")) {
                calls = Long.parseLong(args[++i].replace("_", ""));
            }
        }
        Workload workload = new Workload();
        long start = System.nanoTime();
        long hits = workload.run(calls);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "workload: %d calls in %.3f s (%d hits)%n", calls, seconds, hits);
    }
}
