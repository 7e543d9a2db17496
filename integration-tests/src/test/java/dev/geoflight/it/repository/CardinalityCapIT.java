package dev.geoflight.it.repository;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.repository.workload.CapWorkload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code max.layers=3}: the first three distinct layers and repositories get statistics of their
 * own, the rest fold into {@code other} with one notice each; per-call events keep the real names.
 */
class CardinalityCapIT {

    private static final String STORES = "dev.geoflight.it.repository.workload.CapStores$";

    private static Recorded recorded;
    private static JvmRun run;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("cardinality-cap");
        Path jfr = dir.resolve("cap.jfr");
        run = AgentJvm.of(CapWorkload.class, dir)
                .agentOptions("max.layers=3,repositories=dev.geoflight.it.repository.workload.*Store")
                .recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void layersBeyondTheCapFoldIntoOther() {
        assertThat(recorded.statisticsCountsByLayer("operation")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "Geometry.isValid|", 1L, "Geometry.isValid|a", 1L, "Geometry.isValid|b", 1L, "Geometry.isValid|other", 3L));
        assertThat(recorded.operations("Geometry.isValid").stream().map(e -> e.getString("layer")))
                .containsExactly("", "a", "b", "c", "d", "e");
    }

    @Test
    void repositoriesBeyondTheCapFoldIntoOther() {
        assertThat(recorded.statisticsCountsByLayer("repository")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "CapStores$Cap1Store.find|", 1L, "CapStores$Cap2Store.find|", 1L, "CapStores$Cap3Store.find|", 1L,
                "other|", 2L));
        assertThat(recorded.named(RepositoryEvents.EVENT).stream().map(e -> e.getString("repository")))
                .containsExactly(STORES + "Cap1Store", STORES + "Cap2Store", STORES + "Cap3Store", STORES + "Cap4Store",
                        STORES + "Cap5Store");
    }

    @Test
    void eachFoldIsReportedOnce() {
        assertThat(run.geoflightLines()).filteredOn(line -> line.contains("more than 3 distinct")).containsExactly(
                "[geoflight] more than 3 distinct layers: statistics of further layers are kept under 'other'",
                "[geoflight] more than 3 distinct repositories: statistics of further repositories are kept under 'other'");
    }
}
