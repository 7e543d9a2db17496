package dev.geoflight.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateList;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * Cuts every block into a grid of parcels with jittered corners and puts a building on most of
 * them. Neighbouring parcels share their boundary coordinates exactly, so a dissolve of a block
 * really merges them (as cadastral data does) instead of leaving slivers.
 *
 * <p>Downtown parcels are four times smaller and their boundaries carry dozens of surveyed
 * vertices, and downtown buildings have courtyards: every operation there costs more.
 */
final class ParcelGenerator {
    private static final int SUBURBAN_DIVISIONS = 2;
    private static final int DOWNTOWN_DIVISIONS = 4;
    /** Corner jitter as a share of a parcel's width: keeps parcels convex-ish and valid. */
    private static final double NODE_JITTER = 0.15;
    private static final int DOWNTOWN_EDGE_POINTS = 30;
    private static final double DOWNTOWN_EDGE_WIGGLE = 0.4;
    private static final double SUBURBAN_BUILDING_SCALE = 0.7;
    private static final double DOWNTOWN_BUILDING_SCALE = 0.8;
    private static final double COURTYARD_SCALE = 0.3;
    private static final int DOWNTOWN_FACADE_SEGMENTS = 10;
    private static final double EMPTY_SUBURBAN_PARCEL_SHARE = 0.15;

    private final GeometryFactory factory;
    private final SplittableRandom random;

    ParcelGenerator(GeometryFactory factory, SplittableRandom random) {
        this.factory = factory;
        this.random = random;
    }

    List<Block> generate() {
        List<Block> blocks = new ArrayList<>(CityLayout.BLOCKS * CityLayout.BLOCKS);
        for (int row = 0; row < CityLayout.BLOCKS; row++) {
            for (int col = 0; col < CityLayout.BLOCKS; col++) {
                blocks.add(block(col, row));
            }
        }
        return blocks;
    }

    private Block block(int col, int row) {
        boolean downtown = CityLayout.isDowntown(col, row);
        int n = downtown ? DOWNTOWN_DIVISIONS : SUBURBAN_DIVISIONS;
        int edgePoints = downtown ? DOWNTOWN_EDGE_POINTS : 0;
        Coordinate[][] nodes = nodes(CityLayout.blockInterior(col, row), n);
        // horizontal[i][j] runs nodes[i][j] -> nodes[i+1][j]; vertical[i][j] runs nodes[i][j] -> nodes[i][j+1].
        Coordinate[][][] horizontal = new Coordinate[n][n + 1][];
        Coordinate[][][] vertical = new Coordinate[n + 1][n][];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                if (i < n) {
                    horizontal[i][j] = edge(nodes[i][j], nodes[i + 1][j], edgePoints);
                }
                if (j < n) {
                    vertical[i][j] = edge(nodes[i][j], nodes[i][j + 1], edgePoints);
                }
            }
        }
        List<Polygon> parcels = new ArrayList<>(n * n);
        List<Polygon> buildings = new ArrayList<>(n * n);
        for (int j = 0; j < n; j++) {
            for (int i = 0; i < n; i++) {
                parcels.add(parcel(horizontal[i][j], vertical[i + 1][j], horizontal[i][j + 1], vertical[i][j]));
                Coordinate[] corners = {nodes[i][j], nodes[i + 1][j], nodes[i + 1][j + 1], nodes[i][j + 1]};
                if (downtown) {
                    buildings.add(courtyardBuilding(corners));
                } else if (random.nextDouble() >= EMPTY_SUBURBAN_PARCEL_SHARE) {
                    buildings.add(factory.createPolygon(scaledRing(corners, SUBURBAN_BUILDING_SCALE, 1)));
                }
            }
        }
        return new Block(col, row, downtown, List.copyOf(parcels), List.copyOf(buildings));
    }

    /** Parcel corners: block corners stay put, edge nodes slide along the block edge, inner nodes move freely. */
    private Coordinate[][] nodes(Envelope interior, int n) {
        double cellW = interior.getWidth() / n;
        double cellH = interior.getHeight() / n;
        Coordinate[][] nodes = new Coordinate[n + 1][n + 1];
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= n; j++) {
                double dx = (i == 0 || i == n) ? 0 : jitter(cellW);
                double dy = (j == 0 || j == n) ? 0 : jitter(cellH);
                nodes[i][j] = new Coordinate(interior.getMinX() + i * cellW + dx, interior.getMinY() + j * cellH + dy);
            }
        }
        return nodes;
    }

    private double jitter(double cell) {
        return (random.nextDouble() * 2 - 1) * NODE_JITTER * cell;
    }

    /**
     * A boundary between two parcel corners, with {@code inner} surveyed points between them. The
     * sideways wiggle fades to zero at both ends, so edges meeting at a corner never cross.
     */
    private Coordinate[] edge(Coordinate a, Coordinate b, int inner) {
        Coordinate[] points = new Coordinate[inner + 2];
        points[0] = a;
        points[inner + 1] = b;
        double length = a.distance(b);
        double nx = -(b.y - a.y) / length;
        double ny = (b.x - a.x) / length;
        for (int k = 1; k <= inner; k++) {
            double t = (double) k / (inner + 1);
            double offset = DOWNTOWN_EDGE_WIGGLE * StrictMath.sin(Math.PI * t) * (random.nextDouble() * 2 - 1);
            points[k] = new Coordinate(a.x + t * (b.x - a.x) + offset * nx, a.y + t * (b.y - a.y) + offset * ny);
        }
        return points;
    }

    /** Counter-clockwise ring from the four shared edges; top and left are walked backwards. */
    private Polygon parcel(Coordinate[] bottom, Coordinate[] right, Coordinate[] top, Coordinate[] left) {
        CoordinateList ring = new CoordinateList();
        ring.add(bottom, false, true);
        ring.add(right, false, true);
        ring.add(top, false, false);
        ring.add(left, false, false);
        ring.closeRing();
        return factory.createPolygon(ring.toCoordinateArray());
    }

    private Polygon courtyardBuilding(Coordinate[] corners) {
        LinearRing shell = factory.createLinearRing(scaledRing(corners, DOWNTOWN_BUILDING_SCALE, DOWNTOWN_FACADE_SEGMENTS));
        LinearRing courtyard = factory.createLinearRing(reverse(scaledRing(corners, COURTYARD_SCALE, 1)));
        return factory.createPolygon(shell, new LinearRing[] {courtyard});
    }

    /** The corner quadrilateral shrunk towards its centre, each side cut into {@code segments} pieces. */
    private static Coordinate[] scaledRing(Coordinate[] corners, double scale, int segments) {
        double cx = 0;
        double cy = 0;
        for (Coordinate c : corners) {
            cx += c.x / corners.length;
            cy += c.y / corners.length;
        }
        Coordinate[] ring = new Coordinate[corners.length * segments + 1];
        for (int c = 0; c < corners.length; c++) {
            Coordinate from = corners[c];
            Coordinate to = corners[(c + 1) % corners.length];
            for (int s = 0; s < segments; s++) {
                double t = (double) s / segments;
                double x = from.x + t * (to.x - from.x);
                double y = from.y + t * (to.y - from.y);
                ring[c * segments + s] = new Coordinate(cx + scale * (x - cx), cy + scale * (y - cy));
            }
        }
        ring[ring.length - 1] = ring[0].copy();
        return ring;
    }

    private static Coordinate[] reverse(Coordinate[] ring) {
        Coordinate[] reversed = new Coordinate[ring.length];
        for (int k = 0; k < ring.length; k++) {
            reversed[k] = ring[ring.length - 1 - k];
        }
        return reversed;
    }
}
