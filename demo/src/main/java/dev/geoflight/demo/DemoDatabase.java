package dev.geoflight.demo;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The PostGIS database of {@code --db}: one JDBC connection per thread that uses it (a connection
 * is not for sharing between threads), all closed together at the end of the run.
 */
public final class DemoDatabase implements AutoCloseable {

    private final String url;
    private final List<Connection> opened = new CopyOnWriteArrayList<>();
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    /** Checks the URL by connecting once, so a bad one fails before the city is generated. */
    public DemoDatabase(String url) throws SQLException {
        this.url = url;
        connection();
    }

    public String url() {
        return url;
    }

    /** This thread's connection, opened on first use. */
    public Connection connection() throws SQLException {
        Connection connection = connections.get();
        if (connection == null) {
            connection = DriverManager.getConnection(url);
            opened.add(connection);
            connections.set(connection);
        }
        return connection;
    }

    @Override
    public void close() throws SQLException {
        SQLException failure = null;
        for (Connection connection : opened) {
            try {
                connection.close();
            } catch (SQLException e) {
                failure = e;
            }
        }
        opened.clear();
        if (failure != null) {
            throw failure;
        }
    }
}
