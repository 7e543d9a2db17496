package dev.geoflight.it.repository.postgis;

import dev.geoflight.SpatialRepository;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JDBC repository over PostGIS, written the way services write them: the window goes in as WKB,
 * {@code &&} lets the GiST index pick candidates and {@code ST_Intersects} decides; rows come back
 * as WKB and are decoded (and checked) with JTS inside the repository call.
 */
@SpatialRepository(layer = "parcels")
public class JdbcParcelRepository {

    private final Connection connection;
    private final String table;

    public JdbcParcelRepository(Connection connection, String table) {
        this.connection = connection;
        this.table = table;
    }

    public List<Geometry> intersecting(Geometry window) throws SQLException {
        byte[] wkb = new WKBWriter().write(window);
        String sql = "SELECT ST_AsBinary(geom) FROM " + table
                + " WHERE geom && ST_GeomFromWKB(?, 4326) AND ST_Intersects(geom, ST_GeomFromWKB(?, 4326)) ORDER BY id";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setBytes(1, wkb);
            statement.setBytes(2, wkb);
            List<Geometry> found = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    Geometry parcel = decode(rows.getBytes(1));
                    if (parcel.isValid()) {
                        found.add(parcel);
                    }
                }
            }
            return found;
        }
    }

    public Optional<Geometry> byId(long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT ST_AsBinary(geom) FROM " + table + " WHERE id = ?")) {
            statement.setLong(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(decode(rows.getBytes(1))) : Optional.empty();
            }
        }
    }

    private static Geometry decode(byte[] wkb) throws SQLException {
        try {
            return new WKBReader().read(wkb);
        } catch (ParseException e) {
            throw new SQLException("bad WKB from the database", e);
        }
    }
}
