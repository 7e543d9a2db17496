package dev.geoflight.it.workload;

import org.locationtech.jts.JTSVersion;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.overlayng.OverlayNG;

/**
 * Operations every supported JTS version has, once each, and ConcaveHull (JTS 1.19+) only when
 * the JTS on the class path has it. Compiled against the newest JTS, run against each version.
 */
public final class VersionsWorkload {

    private VersionsWorkload() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("jts=" + JTSVersion.CURRENT_VERSION);
        Geometry a = new WKTReader().read("POLYGON ((0 0, 10 0, 10 10, 0 10, 0 0))");
        Geometry b = Shapes.rectangle(5, 5, 15, 15);
        System.out.println("intersects=" + a.intersects(b));
        System.out.println("buffer=" + a.buffer(1).getNumPoints());
        System.out.println("overlay=" + OverlayNG.overlay(a, b, OverlayNG.UNION).getArea());
        System.out.println("fix=" + GeometryFixer.fix(a).getArea());
        System.out.println("query=" + BoundingBoxWorkload.index().query(new Envelope(0, 3, 0, 3)).size());
        if (hasConcaveHull()) {
            System.out.println("concaveHull=" + ConcaveHullCall.hullVertices(a));
        } else {
            System.out.println("concaveHull=absent");
        }
    }

    private static boolean hasConcaveHull() {
        try {
            Class.forName("org.locationtech.jts.algorithm.hull.ConcaveHull");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /** Its own class, so that JTS versions without ConcaveHull never have to resolve it. */
    private static final class ConcaveHullCall {
        static int hullVertices(Geometry geometry) {
            return org.locationtech.jts.algorithm.hull.ConcaveHull.concaveHullByLength(geometry, 5).getNumPoints();
        }
    }
}
