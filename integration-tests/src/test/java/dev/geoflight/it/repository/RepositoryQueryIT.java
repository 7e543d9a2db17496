package dev.geoflight.it.repository;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.repository.workload.RepositoryWorkload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Repository calls of every kind (the {@code repositories} option, {@code @SpatialRepository},
 * Spring's {@code @Repository}) and every counted return type, against in-memory repositories:
 * one RepositoryQuery event per outermost call with its window, results and layer, exact statistics
 * rows, and the layers the JTS calls inside get.
 */
class RepositoryQueryIT {

    private static final String PACKAGE = "dev.geoflight.it.repository.workload.";
    private static final double NAN = Double.NaN;

    private static Recorded recorded;
    private static JvmRun run;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("repository-query");
        Path jfr = dir.resolve("repositories.jfr");
        run = AgentJvm.of(RepositoryWorkload.class, dir)
                .agentOptions("repositories=" + PACKAGE + "*Store,layers=" + PACKAGE + "ParcelStore=parcels;"
                        + PACKAGE + "MappedHelper=helpers,log=quiet")
                .addClassPath(SpringJars.dataCommons()).addClassPath(SpringJars.core()).addClassPath(SpringJars.context())
                .recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void oneEventPerOutermostRepositoryCallWithItsWindowResultsAndLayer() {
        assertThat(RepositoryEvents.describe(recorded)).containsExactly(
                RepositoryEvents.row(PACKAGE + "ParcelStore", "intersecting", "parcels", 0.5, 0.5, 2.5, 0.7, 3),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "covering", "parcels", 4.5, 0.5, 4.5, 0.5, 1),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "inBox", "parcels", 3.5, 0, 4.5, 1, 2),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "first", "parcels", 10, 0, 11, 1, 0),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "first", "parcels", 0, 0, 0.5, 1, 1),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "stream", "parcels", -1, -1, 100, 100, -1),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "iterator", "parcels", -1, -1, 100, 100, -1),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "count", "parcels", NAN, NAN, NAN, NAN, -1),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "page", "parcels", -1, -1, 100, 100, 2),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "slice", "parcels", -1, -1, 100, 100, 3),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "failing", "parcels", -1, -1, 100, 100, -1),
                RepositoryEvents.row(PACKAGE + "ParcelStore", "validate", "parcels", NAN, NAN, NAN, NAN, -1),
                RepositoryEvents.row(PACKAGE + "RoadRepository", "near", "roads", 7, 7, 7, 7, 0),
                RepositoryEvents.row(PACKAGE + "RoadRepository", "scoped", "roads", NAN, NAN, NAN, NAN, -1),
                RepositoryEvents.row(PACKAGE + "RoadRepository", "viaMapped", "roads", NAN, NAN, NAN, NAN, -1),
                RepositoryEvents.row(PACKAGE + "RoadRepository", "nested", "roads", NAN, NAN, NAN, NAN, -1),
                RepositoryEvents.row(PACKAGE + "RoadRepository", "check", "city", NAN, NAN, NAN, NAN, -1),
                RepositoryEvents.row(PACKAGE + "BuildingDao", "within", "", 0, 0, 10, 10, 2));
    }

    @Test
    void theCallerGetsEveryResultAndTheSameException() {
        assertThat(run.stdoutLines()).contains("intersecting 3", "covering 1", "inBox 2", "first false", "first true", "stream 5",
                "iterator 5", "count 5", "page 2", "slice 3", "failing parcel store offline", "within 2");
    }

    /** With the agent attached but no recording running, the application sees exactly the same. */
    @Test
    void idleTheApplicationRunsTheSame() {
        Path dir = ItEnvironment.workDir("repository-query-idle");
        JvmRun idle = AgentJvm.of(RepositoryWorkload.class, dir).agentOptions("repositories=" + PACKAGE + "*Store,log=quiet")
                .addClassPath(SpringJars.dataCommons()).addClassPath(SpringJars.core()).addClassPath(SpringJars.context())
                .run().assertSucceeded();
        assertThat(idle.stdoutLines()).isEqualTo(run.stdoutLines().stream().filter(line -> !line.contains("[jfr,")).toList());
        assertThat(idle.geoflightLines()).isEmpty();
    }

    @Test
    void statisticsCountEveryRepositoryCallBySimpleClassNameMethodAndLayer() {
        Map<String, Long> expected = new TreeMap<>();
        for (String method : List.of("intersecting", "covering", "inBox", "stream", "iterator", "count", "page", "slice", "failing",
                "validate")) {
            expected.put("ParcelStore." + method + "|parcels", 1L);
        }
        expected.put("ParcelStore.first|parcels", 2L);
        for (String method : List.of("near", "scoped", "viaMapped", "nested")) {
            expected.put("RoadRepository." + method + "|roads", 1L);
        }
        expected.put("RoadRepository.check|city", 1L);
        expected.put("BuildingDao.within|", 1L);
        assertThat(recorded.statisticsCountsByLayer("repository")).containsExactlyInAnyOrderEntriesOf(expected);
    }

    @Test
    void jtsCallsInsideRepositoriesGetTheLayerByPrecedence() {
        assertThat(Steps.recorded(recorded)).containsExactlyEntriesOf(Steps.expected(RepositoryWorkload.EXPECTED_LAYERS));
    }
}
