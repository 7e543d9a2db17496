package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.IdleAndSafetyWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Without a recording the agent costs a flag check and allocates nothing; calls made while no
 * recording runs leave no trace in a later one; an exception inside the agent's advice never
 * reaches the application and does not disturb the calls after it.
 */
class IdleAndSafetyIT {

    private static JvmRun run;
    private static JvmRun withoutAgent;
    private static Recorded first;
    private static Recorded second;

    @BeforeAll
    static void start() {
        Path dir = ItEnvironment.workDir("idle-and-safety");
        Path firstJfr = dir.resolve("first.jfr");
        Path secondJfr = dir.resolve("second.jfr");
        run = AgentJvm.of(IdleAndSafetyWorkload.class, dir).agentOptions("log=quiet")
                .args(ItEnvironment.detailedJfc().toString(), firstJfr.toString(), secondJfr.toString())
                .run().assertSucceeded();
        withoutAgent = AgentJvm.of(IdleAndSafetyWorkload.class, dir.resolve("plain")).withoutAgent()
                .args(ItEnvironment.detailedJfc().toString(), dir.resolve("plain-first.jfr").toString(),
                        dir.resolve("plain-second.jfr").toString())
                .run().assertSucceeded();
        first = Recorded.read(firstJfr);
        second = Recorded.read(secondJfr);
    }

    /**
     * JTS's own allocation is the baseline (the child JVMs run C1 only, without escape analysis, so
     * JTS allocates a little per call and so would any advice): any per-call allocation by the agent
     * would add at least 16 bytes x 100,000 calls; a few bytes of difference are not per call.
     */
    @Test
    void idleCallsAllocateNothingMoreThanJtsItself() {
        assertThat(idleAllocated(run)).isCloseTo(idleAllocated(withoutAgent), within(1024L));
    }

    @Test
    void theApplicationSeesTheSameResultsAsWithoutTheAgent() {
        assertThat(run.stdoutLines().subList(1, run.stdoutLines().size()))
                .containsExactlyElementsOf(withoutAgent.stdoutLines().subList(1, withoutAgent.stdoutLines().size()));
    }

    private static long idleAllocated(JvmRun jvm) {
        return Long.parseLong(jvm.stdoutLines().get(0).substring("idleAllocatedBytes=".length()));
    }

    @Test
    void onlyCallsMadeWhileARecordingRunsAreRecorded() {
        assertPhase(first, IdleAndSafetyWorkload.FIRST_RECORDING_CALLS, 200);
        assertPhase(second, IdleAndSafetyWorkload.SECOND_RECORDING_CALLS, 400);
    }

    @Test
    void aFailureInsideTheAdviceDoesNotReachTheApplication() {
        assertThat(run.stdoutLines()).contains("faultyIntersects=true");
        assertThat(run.stderr()).doesNotContain("getSRID is broken");
    }

    private static void assertPhase(Recorded recorded, int calls, int x0) {
        assertThat(recorded.operations("Geometry.isValid")).hasSize(calls);
        for (RecordedEvent event : recorded.operations("Geometry.isValid")) {
            assertThat(event.getDouble("minX")).isBetween((double) x0, (double) x0 + calls - 1);
        }
        // statistics too: idle calls before or between the recordings were not counted
        assertThat(recorded.statisticsCountsByOperation()).containsEntry("Geometry.isValid", (long) calls);
    }
}
