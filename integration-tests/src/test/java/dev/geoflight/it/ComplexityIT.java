package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.ComplexityWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Complexity buckets at the edges of {@code complexity.thresholds=10,20}: simple < 10 <= medium < 20 <= complex. */
class ComplexityIT {

    private static Recorded recorded;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("complexity");
        Path jfr = dir.resolve("complexity.jfr");
        AgentJvm.of(ComplexityWorkload.class, dir).agentOptions("complexity.thresholds=10,20,log=quiet")
                .recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void vertexCountsAtTheThresholdsEdgesFallInTheRightBucket() {
        Map<Integer, String> byVertices = new TreeMap<>();
        for (RecordedEvent event : recorded.operations("Geometry.isSimple")) {
            // the workload starts the line of n vertices at x = 1000 n
            assertThat(event.getDouble("minX")).isEqualTo(1000.0 * event.getInt("vertices"));
            byVertices.put(event.getInt("vertices"), event.getString("complexity"));
        }
        assertThat(byVertices).containsExactlyEntriesOf(new TreeMap<>(Map.of(
                9, "simple", 10, "medium", 19, "medium", 20, "complex")));
    }

    @Test
    void allInputsCountTowardsComplexity() {
        RecordedEvent event = recorded.single("Geometry.intersects");
        assertThat(event.getInt("vertices")).isEqualTo(10);
        assertThat(event.getString("complexity")).isEqualTo("medium");
    }

    @Test
    void statisticsRowsAreKeptPerComplexity() {
        Map<String, Long> counts = new TreeMap<>();
        recorded.statistics(e -> e.getString("operation").equals("Geometry.isSimple"))
                .forEach(e -> counts.merge(e.getString("complexity"), e.getLong("count"), Long::sum));
        assertThat(counts).containsExactlyEntriesOf(new TreeMap<>(Map.of("simple", 1L, "medium", 2L, "complex", 1L)));
    }
}
