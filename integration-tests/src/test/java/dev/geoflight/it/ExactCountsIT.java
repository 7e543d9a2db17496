package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.CountsWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exact counts per (operation, layer) for a known workload, both as per-call events (threshold 0)
 * and as OperationStatistics rows; and with the agent's own {@code record=} option, whose per-call
 * events are cut at 10 ms while the statistics stay exact.
 */
class ExactCountsIT {

    private static final Map<String, Long> EXPECTED = Map.of(
            "Geometry.intersects|parcels", (long) CountsWorkload.INTERSECTS,
            "Geometry.buffer|roads", (long) CountsWorkload.BUFFERS,
            "Geometry.union|", (long) CountsWorkload.UNIONS);

    private static Recorded detailed;
    private static Recorded recordOption;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("exact-counts");
        Path all = dir.resolve("all-calls.jfr");
        AgentJvm.of(CountsWorkload.class, dir).agentOptions("log=quiet").recordAllCalls(all).run().assertSucceeded();
        detailed = Recorded.read(all);

        Path standard = dir.resolve("record-option.jfr");
        AgentJvm.of(CountsWorkload.class, dir).agentOptions("record=" + standard + ",log=quiet").run().assertSucceeded();
        recordOption = Recorded.read(standard);
    }

    @Test
    void perCallEventsCountEveryOutermostCallByOperationAndLayer() {
        assertThat(detailed.operationCountsByLayer()).containsExactlyInAnyOrderEntriesOf(EXPECTED);
    }

    @Test
    void statisticsCountEveryCallByOperationAndLayer() {
        assertThat(detailed.statisticsCountsByLayer("operation")).containsExactlyInAnyOrderEntriesOf(EXPECTED);
    }

    @Test
    void statisticsStayExactWhenPerCallEventsAreCutByTheThreshold() {
        assertThat(recordOption.statisticsCountsByLayer("operation")).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        // geoflight.jfc keeps only calls of 10 ms or more as per-call events
        for (RecordedEvent event : recordOption.operations()) {
            assertThat(event.getDuration()).isGreaterThanOrEqualTo(Duration.ofMillis(10));
        }
    }
}
