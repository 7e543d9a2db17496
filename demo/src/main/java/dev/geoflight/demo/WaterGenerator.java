package dev.geoflight.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Rivers and lakes: the many-vertex geometries of the city. Rivers are traced every few metres as
 * surveyed water lines are, so buffering or simplifying one is real work; lakes are star-shaped
 * rings with thousands of vertices (one with an island), which keeps them valid by construction.
 */
final class WaterGenerator {
    private static final double OVERHANG = 200;

    private final GeometryFactory factory;
    private final SplittableRandom random;

    WaterGenerator(GeometryFactory factory, SplittableRandom random) {
        this.factory = factory;
        this.random = random;
    }

    List<LineString> rivers() {
        double size = CityLayout.size();
        List<LineString> rivers = new ArrayList<>();
        // The main river crosses west to east just north of downtown; a tributary runs south to north.
        rivers.add(meander(0.62 * size, -OVERHANG, size + OVERHANG, 2.0, 500, false));
        rivers.add(meander(0.25 * size, -OVERHANG, size + OVERHANG, 3.0, 300, true));
        rivers.add(meander(0.15 * size, -OVERHANG, 0.55 * size, 2.0, 120, false));
        return rivers;
    }

    List<Polygon> lakes() {
        double size = CityLayout.size();
        List<Polygon> lakes = new ArrayList<>();
        lakes.add(lake(0.80 * size, 0.30 * size, 380, 4000, true));
        lakes.add(lake(0.35 * size, 0.82 * size, 260, 2500, false));
        lakes.add(lake(0.12 * size, 0.55 * size, 150, 1500, false));
        return lakes;
    }

    /**
     * A river as a function of its flow axis (so it never crosses itself): two sine meanders plus a
     * bounded random walk. {@code base} is the position across the flow axis.
     */
    private LineString meander(double base, double from, double to, double spacing, double amplitude,
                               boolean northward) {
        int segments = (int) Math.round((to - from) / spacing);
        double phase1 = random.nextDouble() * 2 * Math.PI;
        double phase2 = random.nextDouble() * 2 * Math.PI;
        double walk = 0;
        Coordinate[] points = new Coordinate[segments + 1];
        for (int s = 0; s <= segments; s++) {
            double along = from + s * spacing;
            walk = Math.max(-30, Math.min(30, walk + (random.nextDouble() * 2 - 1) * 0.8));
            double across = base + amplitude * StrictMath.sin(phase1 + along / 900)
                    + 0.3 * amplitude * StrictMath.sin(phase2 + along / 170) + walk;
            points[s] = northward ? at(across, along) : at(along, across);
        }
        return factory.createLineString(points);
    }

    private Polygon lake(double cx, double cy, double radius, int vertices, boolean island) {
        LinearRing shell = factory.createLinearRing(radialRing(cx, cy, radius, vertices, false));
        if (!island) {
            return factory.createPolygon(shell);
        }
        // The shore never comes closer than about half the radius, so a fifth-radius island stays inside.
        LinearRing hole = factory.createLinearRing(radialRing(cx, cy, radius * 0.2, vertices / 8, true));
        return factory.createPolygon(shell, new LinearRing[] {hole});
    }

    /** r(theta) = R (1 + lobes + noise) > 0, so the ring is simple; counter-clockwise unless {@code clockwise}. */
    private Coordinate[] radialRing(double cx, double cy, double radius, int vertices, boolean clockwise) {
        double phase = random.nextDouble() * 2 * Math.PI;
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int v = 0; v < vertices; v++) {
            double theta = 2 * Math.PI * v / vertices * (clockwise ? -1 : 1);
            double r = radius * (1 + 0.25 * StrictMath.sin(3 * theta + phase) + 0.1 * StrictMath.sin(7 * theta)
                    + 0.04 * (random.nextDouble() * 2 - 1));
            ring[v] = at(cx + r * StrictMath.cos(theta), cy + r * StrictMath.sin(theta));
        }
        ring[vertices] = ring[0].copy();
        return ring;
    }

    private static Coordinate at(double x, double y) {
        return new Coordinate(CityLayout.ORIGIN_X + x, CityLayout.ORIGIN_Y + y);
    }
}
