package dev.geoflight.demo;

import dev.geoflight.GeoFlight;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The shared STR-trees the tasks query. They are built once, eagerly and inside the layer they
 * index, because a lazily built STRtree would be built by whichever worker queries it first.
 */
public record CityIndexes(STRtree parcels, STRtree buildings, STRtree roads) {

    static CityIndexes build(List<? extends Geometry> parcels, List<? extends Geometry> buildings,
                             List<? extends Geometry> roads) {
        return new CityIndexes(index(Layers.PARCELS, parcels), index(Layers.BUILDINGS, buildings),
                index(Layers.ROADS, roads));
    }

    private static STRtree index(String layer, List<? extends Geometry> items) {
        try (GeoFlight.Scope scope = GeoFlight.layer(layer)) {
            STRtree tree = new STRtree();
            for (Geometry item : items) {
                tree.insert(item.getEnvelopeInternal(), item);
            }
            tree.build();
            return tree;
        }
    }
}
