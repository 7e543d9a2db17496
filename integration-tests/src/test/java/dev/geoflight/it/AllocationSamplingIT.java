package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.AllocationWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Under geoflight.jfc the allocation of a cheap operation is read on a random 1 in 16 of its calls
 * and scaled up: the statistics' total must still match what the thread really allocated.
 */
class AllocationSamplingIT {

    private static final Pattern RESULT = Pattern.compile("calls=(\\d+) allocated=(\\d+) bytes=\\d+");
    private static long calls;
    private static long allocated;
    private static List<RecordedEvent> statistics;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("allocation-sampling");
        // three seconds: the first statistics period reads every call, the next ones sample
        JvmRun run = AgentJvm.of(AllocationWorkload.class, dir).agentOptions("record=sampled.jfr,log=quiet")
                .args("3000").run().assertSucceeded();
        Matcher result = RESULT.matcher(run.stdout());
        assertThat(result.find()).as(run.stdout()).isTrue();
        calls = Long.parseLong(result.group(1));
        allocated = Long.parseLong(result.group(2));
        Recorded recorded = Recorded.read(dir.resolve("sampled.jfr"));
        statistics = recorded.statistics(e -> e.getString("operation").equals("WKBWriter.write"));
    }

    @Test
    void everyCallIsCountedAndTheEstimatedAllocationMatchesTheThreads() {
        assertThat(statistics).extracting(e -> e.getString("layer"), e -> e.getString("kind"))
                .containsOnly(tuple("", "io"));
        assertThat(statistics.stream().mapToLong(e -> e.getLong("count")).sum()).isEqualTo(calls);
        assertThat(statistics).as("one row per second").hasSizeGreaterThanOrEqualTo(3);
        long estimated = statistics.stream().mapToLong(e -> e.getLong("allocated")).sum();
        // millions of calls, over a hundred thousand of them measured: the estimate is within a few per cent
        assertThat((double) estimated).as("estimated %d of %d bytes", estimated, allocated)
                .isCloseTo(allocated, within(allocated * 0.05));
    }
}
