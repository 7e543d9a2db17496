package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.VersionsWorkload;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** JTS 1.18, 1.19 and 1.20 in turn: every operation the version has is recorded; ConcaveHull only from 1.19. */
class JtsVersionsIT {

    static List<String> versions() {
        return ItEnvironment.jtsVersions();
    }

    @ParameterizedTest(name = "JTS {0}")
    @MethodSource("versions")
    void operationsOfThisVersionAreRecorded(String version) {
        Path dir = ItEnvironment.workDir("jts-" + version);
        Path jfr = dir.resolve("jts.jfr");
        JvmRun run = AgentJvm.of(VersionsWorkload.class, dir).jts(version).agentOptions("log=quiet")
                .recordAllCalls(jfr).run().assertSucceeded();
        boolean hasConcaveHull = !version.startsWith("1.18.");
        assertThat(run.stdoutLines()).first().isEqualTo("jts=" + version);
        assertThat(run.stdoutLines()).contains(hasConcaveHull ? "concaveHull=5" : "concaveHull=absent");

        Map<String, Long> expected = new TreeMap<>(Map.of(
                "Geometry.intersects", 1L, "Geometry.buffer", 1L, "OverlayNG.overlay", 1L, "GeometryFixer.fix", 1L,
                "STRtree.query", 1L, "WKTReader.read", 1L));
        if (hasConcaveHull) {
            expected.put("ConcaveHull.concaveHullByLength", 1L);
        }
        Recorded recorded = Recorded.read(jfr);
        assertThat(recorded.statisticsCountsByOperation()).containsExactlyEntriesOf(expected);
        assertThat(recorded.named(Recorded.INDEX_QUERY)).hasSize(1);
        assertThat(recorded.named(Recorded.IO)).hasSize(1);
        assertThat(recorded.operations()).hasSize(expected.size() - 2);
    }
}
