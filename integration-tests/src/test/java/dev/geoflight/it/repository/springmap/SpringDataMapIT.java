package dev.geoflight.it.repository.springmap;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.repository.RepositoryEvents;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Spring Data's proxy dispatch without a database (map repositories, so it runs everywhere): every
 * call, derived query, CRUD method or custom fragment method, is one event named by the interface
 * and the method, with the fragment's Envelope argument as its window and its results counted
 * without touching a returned stream.
 */
class SpringDataMapIT {

    private static final String REPOSITORY = MapParcelRepository.class.getName();
    private static final double NAN = Double.NaN;

    private static Recorded recorded;
    private static JvmRun run;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("spring-data-map");
        Path jfr = dir.resolve("spring-map.jfr");
        run = AgentJvm.of(MapRepositoryWorkload.class, dir).agentOptions("log=quiet")
                .classPath(RepositoryEvents.testClassPath())
                .recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void everyCallIsOneEventWithWindowAndResults() {
        assertThat(RepositoryEvents.describe(recorded)).containsExactly(
                RepositoryEvents.row(REPOSITORY, "saveAll", "lots", NAN, NAN, NAN, NAN, MapRepositoryWorkload.PARCELS),
                RepositoryEvents.row(REPOSITORY, "findInWindow", "lots", 0.5, 0.2, 2.5, 0.8, 3),
                RepositoryEvents.row(REPOSITORY, "streamInWindow", "lots", -1, -1, 10, 10, -1),
                RepositoryEvents.row(REPOSITORY, "findByName", "lots", NAN, NAN, NAN, NAN, 1),
                RepositoryEvents.row(REPOSITORY, "findByNameStartingWith", "lots", NAN, NAN, NAN, NAN, 2),
                RepositoryEvents.row(REPOSITORY, "findById", "lots", NAN, NAN, NAN, NAN, 0),
                RepositoryEvents.row(REPOSITORY, "count", "lots", NAN, NAN, NAN, NAN, -1));
        assertThat(run.stdoutLines()).containsSubsequence("window 3", "stream 5", "byName 1", "page 2", "byId false",
                "count 5");
    }
}
