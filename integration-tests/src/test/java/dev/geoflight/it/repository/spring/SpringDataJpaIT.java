package dev.geoflight.it.repository.spring;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.repository.RepositoryEvents;
import dev.geoflight.it.repository.postgis.PostgisServer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Spring Boot 3 application with a Spring Data JPA repository interface over Hibernate Spatial
 * and a real PostGIS: every call, derived query, JPQL spatial query or CRUD method, is one
 * RepositoryQuery event named by the interface and the method the application called, with the
 * query window and the size of what the application got (list, Optional, Page, Slice). The layer
 * is the interface's {@code @SpatialRepository} layer, else the layers option's mapping of the
 * interface, and a scope around the call wins over both.
 */
class SpringDataJpaIT {

    private static final String REPOSITORY = ParcelRepository.class.getName();
    private static final double NAN = Double.NaN;

    private static Recorded recorded;
    private static JvmRun run;

    @BeforeAll
    static void run() {
        PostgisServer server = PostgisServer.required();
        Path dir = ItEnvironment.workDir("spring-data-jpa");
        Path jfr = dir.resolve("spring-data.jfr");
        run = AgentJvm.of(SpringDataWorkload.class, dir).agentOptions("layers=" + ParcelLedger.class.getName() + "=ledger,log=quiet")
                .classPath(RepositoryEvents.testClassPath())
                // Hibernate runs on the application ByteBuddy of this module, older than JDK 25
                .jvmArgs("-Dnet.bytebuddy.experimental=true")
                .args(server.arguments()).recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void everyRepositoryCallIsOneEventNamedByTheInterfaceAndMethod() {
        assertThat(RepositoryEvents.describe(recorded)).containsExactly(
                RepositoryEvents.row(REPOSITORY, "saveAll", "parcels", NAN, NAN, NAN, NAN, SpringDataWorkload.PARCELS),
                RepositoryEvents.row(REPOSITORY, "findByGeomIntersects", "parcels", 0.5, 0.2, 2.5, 0.8, 3),
                RepositoryEvents.row(REPOSITORY, "findByName", "parcels", NAN, NAN, NAN, NAN, 1),
                RepositoryEvents.row(REPOSITORY, "findByName", "parcels", NAN, NAN, NAN, NAN, 0),
                RepositoryEvents.row(REPOSITORY, "findByNameStartingWithOrderById", "parcels", NAN, NAN, NAN, NAN, 4),
                RepositoryEvents.row(REPOSITORY, "findSliceByNameStartingWithOrderById", "parcels", NAN, NAN, NAN, NAN, 2),
                RepositoryEvents.row(REPOSITORY, "findById", "parcels", NAN, NAN, NAN, NAN, 1),
                RepositoryEvents.row(REPOSITORY, "count", "parcels", NAN, NAN, NAN, NAN, -1),
                RepositoryEvents.row(REPOSITORY, "findByName", "survey", NAN, NAN, NAN, NAN, 1),
                RepositoryEvents.row(ParcelLedger.class.getName(), "countByNameStartingWith", "ledger", NAN, NAN, NAN, NAN, -1));
        assertThat(run.stdoutLines()).containsSubsequence("saved 6", "intersecting 3", "byName true", "byName false",
                "page 4", "slice 2", "byId true", "count 6", "surveyed true", "ledger 6");
    }

    @Test
    void statisticsCountEveryCallUnderTheInterfaceName() {
        assertThat(recorded.statisticsCountsByLayer("repository")).containsExactlyInAnyOrderEntriesOf(Map.of(
                "ParcelRepository.saveAll|parcels", 1L,
                "ParcelRepository.findByGeomIntersects|parcels", 1L,
                "ParcelRepository.findByName|parcels", 2L,
                "ParcelRepository.findByNameStartingWithOrderById|parcels", 1L,
                "ParcelRepository.findSliceByNameStartingWithOrderById|parcels", 1L,
                "ParcelRepository.findById|parcels", 1L,
                "ParcelRepository.count|parcels", 1L,
                "ParcelRepository.findByName|survey", 1L,
                "ParcelLedger.countByNameStartingWith|ledger", 1L));
    }
}
