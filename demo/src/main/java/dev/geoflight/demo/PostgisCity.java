package dev.geoflight.demo;

import dev.geoflight.GeoFlight;
import java.sql.SQLException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code --db}: the generated city's layers go into PostGIS and the city the workload runs on is
 * read back from there, with its buildings queried from the database on every use.
 */
public final class PostgisCity {

    private static final String LAKES = "lakes";

    private PostgisCity() {
    }

    public static City load(City generated, DemoDatabase database) throws SQLException {
        PostgisLayerStore store = new PostgisLayerStore(database, generated.factory());
        List<Polygon> parcels = roundTrip(store, Layers.PARCELS, generated.parcels(), Polygon.class);
        List<Polygon> buildings = roundTrip(store, Layers.BUILDINGS, generated.buildings(), Polygon.class);
        List<LineString> roads = roundTrip(store, Layers.ROADS, generated.roads(), LineString.class);
        List<LineString> rivers = roundTrip(store, Layers.RIVERS, generated.rivers(), LineString.class);
        List<Polygon> lakes = roundTrip(store, LAKES, generated.lakes(), Polygon.class);
        return new City(generated.seed(), generated.factory(), generated.extent(), generated.downtown(),
                generated.blocks(), generated.districts(), parcels, buildings, roads, rivers, lakes,
                generated.brokenParcels(), CityIndexes.build(parcels, buildings, roads),
                new PostgisBuildingRepository(database, generated.factory()));
    }

    private static <G extends Geometry> List<G> roundTrip(PostgisLayerStore store, String layer, List<G> geometries,
                                                          Class<G> type) throws SQLException {
        try (GeoFlight.Scope scope = GeoFlight.layer(layer)) {
            store.replace(layer, geometries);
            return List.copyOf(store.load(layer, type));
        }
    }
}
