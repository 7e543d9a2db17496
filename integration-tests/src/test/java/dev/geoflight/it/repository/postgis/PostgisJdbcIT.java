package dev.geoflight.it.repository.postgis;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.repository.RepositoryEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JDBC repository against a real PostGIS: ST_Intersects with a WKB window and the && index
 * operator. Each call is one RepositoryQuery event with its window and result count, and the WKB
 * decoding and validation done inside it belong to the repository's layer.
 */
class PostgisJdbcIT {

    private static final String REPOSITORY = JdbcParcelRepository.class.getName();
    private static final double NAN = Double.NaN;

    private static Recorded recorded;
    private static JvmRun run;

    @BeforeAll
    static void run() {
        PostgisServer server = PostgisServer.required();
        Path dir = ItEnvironment.workDir("postgis-jdbc");
        Path jfr = dir.resolve("jdbc.jfr");
        run = AgentJvm.of(JdbcWorkload.class, dir).agentOptions("log=quiet")
                .addClassPath(RepositoryEvents.jarOf(org.postgresql.Driver.class))
                .args(server.arguments()).recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void eachQueryIsOneEventWithItsWindowAndResults() {
        assertThat(RepositoryEvents.describe(recorded)).containsExactly(
                RepositoryEvents.row(REPOSITORY, "intersecting", "parcels", 0.5, 0.2, 2.5, 0.8, 3),
                RepositoryEvents.row(REPOSITORY, "intersecting", "parcels", 50, 50, 51, 51, 0),
                RepositoryEvents.row(REPOSITORY, "byId", "parcels", NAN, NAN, NAN, NAN, 1),
                RepositoryEvents.row(REPOSITORY, "byId", "parcels", NAN, NAN, NAN, NAN, 0));
        assertThat(run.stdoutLines()).containsSubsequence("intersecting 3", "intersecting 0", "byId true", "byId false");
    }

    @Test
    void statisticsCountTheQueries() {
        assertThat(recorded.statisticsCountsByLayer("repository")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "JdbcParcelRepository.intersecting|parcels", 2L, "JdbcParcelRepository.byId|parcels", 2L));
    }

    /** Inserts happen outside the repository (no layer); reads and checks inside it (parcels). */
    @Test
    void jtsWorkInsideTheRepositoryHasItsLayer() {
        assertThat(Recorded.countBy(recorded.named(Recorded.IO),
                e -> e.getString("format") + " " + e.getString("direction") + "|" + e.getString("layer")))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "WKB write|", (long) JdbcWorkload.PARCELS, "WKB write|parcels", 2L, "WKB read|parcels", 4L));
        assertThat(recorded.operationCountsByLayer()).containsExactlyInAnyOrderEntriesOf(Map.of("Geometry.isValid|parcels", 3L));
    }
}
