package dev.geoflight.demo;

import dev.geoflight.SpatialRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * The city's layers as PostGIS tables {@code geoflight_demo_<layer>} (id, geometry with a GiST
 * index), written and read as WKB. A repository with no layer of its own: each call is made
 * inside the scope of the layer it moves, so its RepositoryQuery event carries that layer.
 */
@SpatialRepository
public final class PostgisLayerStore {

    private final DemoDatabase database;
    private final GeometryFactory factory;

    public PostgisLayerStore(DemoDatabase database, GeometryFactory factory) {
        this.database = database;
        this.factory = factory;
    }

    static String table(String layer) {
        return "geoflight_demo_" + layer.replace('-', '_');
    }

    /** Replaces the layer's table with these geometries, ids in list order. */
    public void replace(String layer, List<? extends Geometry> geometries) throws SQLException {
        String table = table(layer);
        Connection connection = database.connection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + table);
            statement.execute("CREATE TABLE " + table + " (id integer PRIMARY KEY, geom geometry(Geometry, "
                    + CityLayout.SRID + ") NOT NULL)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + table + " (id, geom) VALUES (?, ST_GeomFromWKB(?, " + CityLayout.SRID + "))")) {
            WKBWriter wkb = new WKBWriter();
            for (int id = 0; id < geometries.size(); id++) {
                insert.setInt(1, id);
                insert.setBytes(2, wkb.write(geometries.get(id)));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE INDEX ON " + table + " USING gist (geom)");
            statement.execute("ANALYZE " + table);
        }
    }

    /** The layer's geometries in id order, with the city's SRID. */
    public <G extends Geometry> List<G> load(String layer, Class<G> type) throws SQLException {
        List<G> geometries = new ArrayList<>();
        try (Statement statement = database.connection().createStatement();
             ResultSet rows = statement.executeQuery("SELECT ST_AsBinary(geom) FROM " + table(layer) + " ORDER BY id")) {
            WKBReader wkb = new WKBReader(factory);
            while (rows.next()) {
                geometries.add(type.cast(wkb.read(rows.getBytes(1))));
            }
        } catch (ParseException e) {
            throw new SQLException("bad WKB in " + table(layer), e);
        }
        return geometries;
    }
}
