package dev.geoflight.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** Random choices the tasks share: which feature, which neighbourhood, which stretch of a line. */
final class Picks {

    private Picks() {
    }

    static <T> T any(List<T> items, SplittableRandom random) {
        return items.get(random.nextInt(items.size()));
    }

    /**
     * A stretch of at most {@code maxVertices} vertices of {@code line}, so a query along a
     * city-long arterial or river stays a local query, as a map request would be.
     */
    static LineString section(City city, LineString line, int maxVertices, SplittableRandom random) {
        Coordinate[] points = line.getCoordinates();
        if (points.length <= maxVertices) {
            return line;
        }
        int start = random.nextInt(points.length - maxVertices + 1);
        return city.factory().createLineString(Arrays.copyOfRange(points, start, start + maxVertices));
    }

    /** The buildings of a block and the blocks around it, at most {@code limit} of them. */
    static List<Polygon> buildingsAround(City city, Block centre, int limit) {
        List<Polygon> buildings = new ArrayList<>();
        for (int row = centre.row() - 1; row <= centre.row() + 1; row++) {
            for (int col = centre.col() - 1; col <= centre.col() + 1; col++) {
                if (row < 0 || col < 0 || row >= CityLayout.BLOCKS || col >= CityLayout.BLOCKS) {
                    continue;
                }
                for (Polygon building : city.block(col, row).buildings()) {
                    if (buildings.size() == limit) {
                        return buildings;
                    }
                    buildings.add(building);
                }
            }
        }
        return buildings;
    }
}
