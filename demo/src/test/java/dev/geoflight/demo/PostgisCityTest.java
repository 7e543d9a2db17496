package dev.geoflight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * {@code --db} against a real PostGIS (the one {@code .ci/services.sh} starts; under {@code CI=true}
 * it must be there): the city read back from the database is the generated one, and the PostGIS
 * building repository answers exactly as the in-memory one.
 */
class PostgisCityTest {

    private static City generated;
    private static City loaded;
    private static DemoDatabase database;

    @BeforeAll
    static void load() throws SQLException {
        database = new DemoDatabase(url());
        generated = CityGenerator.generate(42);
        loaded = PostgisCity.load(generated, database);
    }

    @AfterAll
    static void close() throws SQLException {
        if (database != null) {
            database.close();
        }
    }

    @Test
    void everyLayerComesBackFromTheDatabaseUnchanged() {
        assertSameGeometries(loaded.parcels(), generated.parcels());
        assertSameGeometries(loaded.buildings(), generated.buildings());
        assertSameGeometries(loaded.roads(), generated.roads());
        assertSameGeometries(loaded.rivers(), generated.rivers());
        assertSameGeometries(loaded.lakes(), generated.lakes());
        assertThat(loaded.parcels().get(0).getSRID()).isEqualTo(CityLayout.SRID);
    }

    @Test
    void thePostgisRepositoryFindsWhatTheIndexFinds() {
        assertThat(loaded.buildingRepository()).isInstanceOf(PostgisBuildingRepository.class);
        BuildingSource memory = generated.buildingRepository();
        Envelope extent = generated.extent();
        double step = extent.getWidth() / 7;
        for (int i = 0; i < 6; i++) {
            Envelope window = new Envelope(extent.getMinX() + i * step, extent.getMinX() + (i + 1.5) * step,
                    extent.getMinY() + i * step, extent.getMinY() + (i + 0.5) * step);
            List<Polygon> expected = memory.findIntersecting(window);
            assertThat(loaded.buildingRepository().findIntersecting(window)).as("window %s", window)
                    .hasSameSizeAs(expected)
                    .containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(loaded.buildingRepository().findIntersecting(new Envelope(0, 1, 0, 1))).isEmpty();
    }

    @Test
    void theWorkloadRunsOnTheDatabaseCity() {
        RunResult result = Workload.run(loaded, new DemoOptions(1, 2, 42, 0), 1);
        assertThat(result.tasks()).allSatisfy(task -> assertThat(task.runs()).as(task.name()).isPositive());
    }

    private static void assertSameGeometries(List<? extends Geometry> actual, List<? extends Geometry> expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            assertThat(actual.get(i).equalsExact(expected.get(i))).as("geometry %d", i).isTrue();
        }
    }

    /**
     * {@code GEOFLIGHT_PG_URL} with {@code GEOFLIGHT_PG_USER} and {@code GEOFLIGHT_PG_PASSWORD} as
     * {@code .ci/services.sh} exports them, else the CI database on localhost; skipped when neither
     * is set up (and not under CI).
     */
    private static String url() {
        String url = System.getenv("GEOFLIGHT_PG_URL");
        if (url == null || url.isBlank()) {
            boolean listening;
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", 5432), 500);
                listening = true;
            } catch (IOException e) {
                listening = false;
            }
            Assumptions.assumeTrue(listening || "true".equals(System.getenv("CI")),
                    "PostGIS tests skipped: GEOFLIGHT_PG_URL is unset and nothing listens on localhost:5432");
            url = "jdbc:postgresql://127.0.0.1:5432/geoflight";
        }
        return url + (url.contains("?") ? "&" : "?") + "user=" + env("GEOFLIGHT_PG_USER", "geoflight")
                + "&password=" + env("GEOFLIGHT_PG_PASSWORD", "geoflight");
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
