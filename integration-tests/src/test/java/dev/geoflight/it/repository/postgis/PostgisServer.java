package dev.geoflight.it.repository.postgis;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The PostgreSQL + PostGIS server of the repository tests: {@code GEOFLIGHT_PG_URL} (with
 * {@code GEOFLIGHT_PG_USER} and {@code GEOFLIGHT_PG_PASSWORD}, as {@code .ci/services.sh} exports
 * them), else the CI database on localhost. Under {@code CI=true} the tests always run, and fail if
 * the server is not there; elsewhere, with no URL and nothing on localhost:5432, they are skipped.
 */
public record PostgisServer(String url, String user, String password) {

    private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/geoflight";
    private static final AtomicBoolean SKIP_REPORTED = new AtomicBoolean();

    /** The server to test against, or a skipped test. */
    public static PostgisServer required() {
        String url = System.getenv("GEOFLIGHT_PG_URL");
        if (url == null || url.isBlank()) {
            if (!"true".equals(System.getenv("CI")) && !listening("localhost", 5432)) {
                String reason = "PostGIS tests skipped: GEOFLIGHT_PG_URL is unset and nothing listens on localhost:5432";
                if (SKIP_REPORTED.compareAndSet(false, true)) {
                    System.out.println("[postgis] " + reason);
                }
                Assumptions.abort(reason);
            }
            url = DEFAULT_URL;
        }
        return new PostgisServer(url, env("GEOFLIGHT_PG_USER", "geoflight"), env("GEOFLIGHT_PG_PASSWORD", "geoflight"));
    }

    /** The arguments the workloads take: URL, user, password. */
    public String[] arguments() {
        return new String[] {url, user, password};
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static boolean listening(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
