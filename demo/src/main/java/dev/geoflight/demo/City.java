package dev.geoflight.demo;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * The synthetic city the workload runs on. Immutable after generation, so worker threads share it
 * without locking (the STR-trees are built before any worker starts).
 *
 * @param brokenParcels bow-tie polygons, as digitising errors produce them: input for the repair task
 * @param buildingRepository the buildings again, reached the way a service reaches them: an in-memory
 *     index, or PostGIS with {@code --db}
 */
public record City(long seed, GeometryFactory factory, Envelope extent, Envelope downtown,
                   List<Block> blocks, List<District> districts,
                   List<Polygon> parcels, List<Polygon> buildings, List<LineString> roads,
                   List<LineString> rivers, List<Polygon> lakes, List<Polygon> brokenParcels,
                   CityIndexes indexes, BuildingSource buildingRepository) {

    public Block block(int col, int row) {
        return blocks.get(row * CityLayout.BLOCKS + col);
    }

    public List<LayerStats> layerStats() {
        return List.of(LayerStats.of(Layers.PARCELS, parcels), LayerStats.of(Layers.BUILDINGS, buildings),
                LayerStats.of(Layers.ROADS, roads), LayerStats.of(Layers.RIVERS, rivers),
                LayerStats.of("lakes", lakes), LayerStats.of("broken-parcels", brokenParcels),
                LayerStats.of(Layers.DISTRICTS, districts.stream().map(District::boundary).toList()));
    }
}
