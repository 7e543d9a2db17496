package dev.geoflight.demo;

import dev.geoflight.SpatialRepository;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Building footprints behind a repository, as services usually reach their spatial data (a DAO in
 * front of PostGIS or an in-memory index). Marked {@code @SpatialRepository} so the agent records
 * each call as a {@code geoflight.RepositoryQuery} with its window and result count.
 */
@SpatialRepository(layer = Layers.BUILDINGS)
public final class BuildingRepository implements BuildingSource {
    private final STRtree index;

    BuildingRepository(STRtree index) {
        this.index = index;
    }

    @Override
    public List<Polygon> findIntersecting(Envelope window) {
        List<?> hits = index.query(window);
        List<Polygon> buildings = new ArrayList<>(hits.size());
        for (Object hit : hits) {
            buildings.add((Polygon) hit);
        }
        return buildings;
    }
}
