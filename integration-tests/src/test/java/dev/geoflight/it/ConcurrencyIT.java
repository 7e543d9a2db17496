package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.ConcurrentWorkload;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Threads calling JTS at the same time: per-thread layers stay apart and every call is counted once. */
class ConcurrencyIT {

    @Test
    void concurrentCallsAreCountedExactlyPerLayer() {
        Path dir = ItEnvironment.workDir("concurrency");
        Path jfr = dir.resolve("concurrency.jfr");
        AgentJvm.of(ConcurrentWorkload.class, dir).agentOptions("log=quiet").recordAllCalls(jfr).run().assertSucceeded();
        Map<String, Long> expected = new TreeMap<>();
        for (int t = 0; t < ConcurrentWorkload.THREADS; t++) {
            expected.put("Geometry.intersects|thread-" + t, (long) ConcurrentWorkload.CALLS);
        }
        Recorded recorded = Recorded.read(jfr);
        assertThat(recorded.operationCountsByLayer()).containsExactlyEntriesOf(expected);
        assertThat(recorded.statisticsCountsByLayer("operation")).containsExactlyEntriesOf(expected);
        // each layer's calls were made by one thread, and each thread had its own layer
        Map<String, Set<Long>> threadsByLayer = recorded.operations().stream().collect(Collectors.groupingBy(
                e -> e.getString("layer"), Collectors.mapping(e -> e.getThread().getJavaThreadId(), Collectors.toSet())));
        assertThat(threadsByLayer.values()).allSatisfy(threads -> assertThat(threads).hasSize(1));
        assertThat(threadsByLayer.values().stream().flatMap(Set::stream).distinct()).hasSize(ConcurrentWorkload.THREADS);
    }
}
