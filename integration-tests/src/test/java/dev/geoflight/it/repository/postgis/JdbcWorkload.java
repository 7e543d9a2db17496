package dev.geoflight.it.repository.postgis;

import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.WKBWriter;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Loads six unit-square parcels (parcel i is [i, i+1] x [0, 1], SRID 4326) into a table of its own
 * and queries them through {@link JdbcParcelRepository}. Arguments: JDBC URL, user, password.
 */
public final class JdbcWorkload {

    public static final String TABLE = "geoflight_it_jdbc_parcels";
    public static final int PARCELS = 6;
    static final GeometryFactory WGS84 = Shapes.factory(4326);

    private JdbcWorkload() {
    }

    public static void main(String[] args) throws SQLException {
        try (Connection connection = DriverManager.getConnection(args[0], args[1], args[2])) {
            load(connection);
            JdbcParcelRepository parcels = new JdbcParcelRepository(connection, TABLE);
            System.out.println("intersecting " + parcels.intersecting(Shapes.rectangle(WGS84, 0.5, 0.2, 2.5, 0.8)).size());
            System.out.println("intersecting " + parcels.intersecting(Shapes.rectangle(WGS84, 50, 50, 51, 51)).size());
            System.out.println("byId " + parcels.byId(4).isPresent());
            System.out.println("byId " + parcels.byId(99).isPresent());
            try (Statement statement = connection.createStatement()) {
                statement.execute("DROP TABLE " + TABLE);
            }
        }
    }

    private static void load(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS " + TABLE);
            statement.execute("CREATE TABLE " + TABLE + " (id bigint PRIMARY KEY, geom geometry(Polygon, 4326) NOT NULL)");
            statement.execute("CREATE INDEX ON " + TABLE + " USING gist (geom)");
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + TABLE + " (id, geom) VALUES (?, ST_GeomFromWKB(?, 4326))")) {
            WKBWriter wkb = new WKBWriter();
            for (int i = 0; i < PARCELS; i++) {
                insert.setLong(1, i);
                insert.setBytes(2, wkb.write(Shapes.rectangle(WGS84, i, 0, i + 1, 1)));
                insert.executeUpdate();
            }
        }
    }
}
