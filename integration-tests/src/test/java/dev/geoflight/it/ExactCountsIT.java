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
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Exact counts per (operation, layer) for a known workload, both as per-call events (threshold 0)
 * and as OperationStatistics rows whose totals equal those events; and with the agent's own {@code record=} option, whose per-call
 * events are cut at 10 ms while the statistics stay exact.
 */
class ExactCountsIT {

    private static final Map<String, Long> EXPECTED = CountsWorkload.expectedCounts();

    /**
     * JFR's begin/end bracket the agent's own clock reads, a different clock: per call they differ
     * by the cost of the reads in between (a few hundred nanoseconds, well under this).
     */
    private static final long TIMER_SLACK_NANOS = 1_000;
    /**
     * Once per cell, room for the thread being descheduled between those reads on a busy machine
     * (two cores shared with builds); still far below the total of any cell (several ms), so lost
     * or doubled time fails.
     */
    private static final long OUTLIER_SLACK_NANOS = 1_000_000;

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

    /**
     * At threshold 0 every call is an event, so the statistics rows of a (operation, layer,
     * complexity) must add up to those events: the same count, the same allocated bytes (both
     * come from one measurement) and the same total time up to the few nanoseconds per call that
     * separate JFR's clock reads from the agent's.
     */
    @Test
    void statisticsTotalsEqualThePerCallEvents() {
        Map<String, List<RecordedEvent>> calls = detailed.operations().stream()
                .collect(Collectors.groupingBy(ExactCountsIT::cell));
        Map<String, List<RecordedEvent>> rows = detailed.statistics().stream()
                .collect(Collectors.groupingBy(ExactCountsIT::cell));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(calls.keySet());
        for (String cell : calls.keySet()) {
            List<RecordedEvent> events = calls.get(cell);
            List<RecordedEvent> stats = rows.get(cell);
            long eventNanos = events.stream().mapToLong(e -> e.getDuration().toNanos()).sum();
            long statsNanos = stats.stream().mapToLong(e -> e.getLong("totalTime")).sum();
            long eventMax = events.stream().mapToLong(e -> e.getDuration().toNanos()).max().orElseThrow();
            long statsMax = stats.stream().mapToLong(e -> e.getLong("maxTime")).max().orElseThrow();
            long slack = events.size() * TIMER_SLACK_NANOS + OUTLIER_SLACK_NANOS;

            assertThat(stats.stream().mapToLong(e -> e.getLong("count")).sum()).as(cell).isEqualTo(events.size());
            assertThat(stats.stream().mapToLong(e -> e.getLong("allocated")).sum()).as(cell)
                    .isEqualTo(events.stream().mapToLong(e -> e.getLong("allocated")).sum());
            assertThat(statsNanos).as(cell + " total time").isCloseTo(eventNanos, within(slack));
            assertThat(statsMax).as(cell + " max time").isCloseTo(eventMax, within(OUTLIER_SLACK_NANOS));
        }
    }

    private static String cell(RecordedEvent event) {
        return event.getString("operation") + "|" + event.getString("layer") + "|" + event.getString("complexity");
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
