package dev.geoflight.demo;

import dev.geoflight.SpatialRepository;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * The buildings in PostGIS, queried the way the in-memory {@link BuildingRepository} queries its
 * STR-tree: every building whose bounding box meets the window, in id order. {@code &&} picks the
 * candidates from the GiST index, whose boxes are single precision and so slightly too large;
 * the exact (double precision) envelope then decides, so that both repositories return the same list.
 */
@SpatialRepository(layer = Layers.BUILDINGS)
public final class PostgisBuildingRepository implements BuildingSource {

    private static final String WINDOW = "ST_MakeEnvelope(?, ?, ?, ?, " + CityLayout.SRID + ")";

    private final DemoDatabase database;
    private final GeometryFactory factory;
    private final String sql;

    public PostgisBuildingRepository(DemoDatabase database, GeometryFactory factory) {
        this.database = database;
        this.factory = factory;
        this.sql = "SELECT ST_AsBinary(geom) FROM " + PostgisLayerStore.table(Layers.BUILDINGS)
                + " WHERE geom && " + WINDOW + " AND ST_Intersects(ST_Envelope(geom), " + WINDOW + ") ORDER BY id";
    }

    @Override
    public List<Polygon> findIntersecting(Envelope window) {
        try (PreparedStatement query = database.connection().prepareStatement(sql)) {
            for (int offset = 0; offset <= 4; offset += 4) {
                query.setDouble(offset + 1, window.getMinX());
                query.setDouble(offset + 2, window.getMinY());
                query.setDouble(offset + 3, window.getMaxX());
                query.setDouble(offset + 4, window.getMaxY());
            }
            List<Polygon> buildings = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                WKBReader wkb = new WKBReader(factory);
                while (rows.next()) {
                    buildings.add((Polygon) wkb.read(rows.getBytes(1)));
                }
            }
            return buildings;
        } catch (SQLException | ParseException e) {
            // the tasks have no checked exceptions; a database gone mid-run ends the run
            throw new IllegalStateException("building query failed: " + e.getMessage(), e);
        }
    }
}
