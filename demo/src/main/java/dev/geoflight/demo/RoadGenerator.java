package dev.geoflight.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Street centre lines on the block grid: a few long arterials that cross the whole city (hundreds
 * of vertices each), many short local streets, and two diagonal boulevards that cut through blocks
 * and so meet many parcels in a spatial join.
 */
final class RoadGenerator {
    /** Every tenth grid line is an arterial. */
    private static final int ARTERIAL_EVERY = 10;
    private static final double ARTERIAL_VERTEX_SPACING = 20;
    private static final double ARTERIAL_WOBBLE = 2;
    private static final double LOCAL_VERTEX_SPACING = 40;
    private static final double LOCAL_NOISE = 0.5;
    private static final double BOULEVARD_VERTEX_SPACING = 10;
    private static final double BOULEVARD_BEND = 150;

    private final GeometryFactory factory;
    private final SplittableRandom random;

    RoadGenerator(GeometryFactory factory, SplittableRandom random) {
        this.factory = factory;
        this.random = random;
    }

    List<LineString> generate() {
        List<LineString> roads = new ArrayList<>();
        double size = CityLayout.size();
        double localLength = CityLayout.DISTRICT_BLOCKS * CityLayout.BLOCK_SIZE;
        for (int k = 0; k <= CityLayout.BLOCKS; k++) {
            double offset = k * CityLayout.BLOCK_SIZE;
            if (k % ARTERIAL_EVERY == 0) {
                roads.add(street(offset, 0, size, ARTERIAL_VERTEX_SPACING, ARTERIAL_WOBBLE, false));
                roads.add(street(offset, 0, size, ARTERIAL_VERTEX_SPACING, ARTERIAL_WOBBLE, true));
            } else {
                for (double start = 0; start < size; start += localLength) {
                    roads.add(street(offset, start, localLength, LOCAL_VERTEX_SPACING, LOCAL_NOISE, false));
                    roads.add(street(offset, start, localLength, LOCAL_VERTEX_SPACING, LOCAL_NOISE, true));
                }
            }
        }
        roads.add(boulevard(false));
        roads.add(boulevard(true));
        return roads;
    }

    /**
     * A street along the grid line at {@code offset}: vertical when {@code alongY}. Its vertices
     * sway by at most {@code sway} metres, well inside the street corridor.
     */
    private LineString street(double offset, double start, double length, double spacing, double sway,
                              boolean alongY) {
        int segments = (int) Math.round(length / spacing);
        double phase = random.nextDouble() * 2 * Math.PI;
        Coordinate[] points = new Coordinate[segments + 1];
        for (int s = 0; s <= segments; s++) {
            double along = start + s * length / segments;
            double across = offset + sway * (0.7 * StrictMath.sin(phase + along / 300) + 0.3 * (random.nextDouble() * 2 - 1));
            points[s] = alongY ? at(across, along) : at(along, across);
        }
        return factory.createLineString(points);
    }

    /** Corner to corner, bending gently so it is not a straight two-point line. */
    private LineString boulevard(boolean rising) {
        double size = CityLayout.size();
        double length = Math.sqrt(2) * size;
        int segments = (int) Math.round(length / BOULEVARD_VERTEX_SPACING);
        Coordinate[] points = new Coordinate[segments + 1];
        for (int s = 0; s <= segments; s++) {
            double t = (double) s / segments;
            double bend = BOULEVARD_BEND * StrictMath.sin(Math.PI * t) * StrictMath.sin(3 * Math.PI * t);
            double x = t * size + bend / Math.sqrt(2);
            double y = (rising ? t * size : size - t * size) + (rising ? -bend : bend) / Math.sqrt(2);
            points[s] = at(x, y);
        }
        return factory.createLineString(points);
    }

    private static Coordinate at(double x, double y) {
        return new Coordinate(CityLayout.ORIGIN_X + x, CityLayout.ORIGIN_Y + y);
    }
}
