package dev.geoflight.it.repository;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.repository.workload.PropagationWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A layer scope (or a repository's layer) follows work handed to ThreadPoolExecutor,
 * ScheduledThreadPoolExecutor, ForkJoinPool and CompletableFuture's async stages; pool threads keep
 * nothing once the task is done; every task runs exactly once and its exception is unchanged.
 */
class LayerPropagationIT {

    private static Recorded recorded;
    private static JvmRun run;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("layer-propagation");
        Path jfr = dir.resolve("propagation.jfr");
        // step 12's repository is the one of RepositoryQueryIT, whose class mentions Spring Data types
        run = AgentJvm.of(PropagationWorkload.class, dir).agentOptions("log=quiet")
                .addClassPath(SpringJars.dataCommons()).addClassPath(SpringJars.core())
                .recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void everyTaskRunsOnceWithTheLayerOfWhereItWasSubmitted() {
        assertThat(Steps.recorded(recorded)).containsExactlyEntriesOf(Steps.expected(PropagationWorkload.EXPECTED_LAYERS));
    }

    @Test
    void theStepsRanOnPoolThreads() {
        for (RecordedEvent event : recorded.operations("Geometry.isValid")) {
            assertThat(event.getThread().getJavaName()).as("step %s", (int) event.getDouble("minX")).isNotEqualTo("main");
        }
    }

    @Test
    void aFailingTaskThrowsItsOwnException() {
        assertThat(run.stdoutLines()).contains("failed with java.lang.IllegalStateException: task failed");
        assertThat(run.geoflightLines()).isEmpty();
    }
}
