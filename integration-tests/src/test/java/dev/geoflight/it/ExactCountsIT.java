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
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Exact counts per (operation, layer) for a known workload, both as per-call events (threshold 0)
 * and as OperationStatistics rows whose totals equal those events; and with the agent's own
 * {@code record=} option or a plain {@code -XX:StartFlightRecording}, whose per-call events are cut
 * at 10 ms while the statistics stay exact.
 */
class ExactCountsIT {

    private static final Map<String, Long> EXPECTED = CountsWorkload.expectedCounts();

    /**
     * Until the agent has measured the rate of JFR's ticks (in the background, within a second of
     * the recording's start) it reads its own clock inside JFR's begin/end of the same call, so a
     * statistics total can exceed its events' total only by clock rounding: well under this per call.
     */
    private static final long TIMER_SLACK_NANOS = 1_000;
    /**
     * It can fall short of the events' total by the pauses that hit a thread between JFR's and the
     * agent's clock reads: a safepoint, JFR's own thread sampler, the OS on two shared cores. Seen
     * up to a sixth of a cell's total on a busy machine; lost or doubled time is still far outside.
     */
    private static final double PAUSE_SHARE = 0.3;
    private static final long PAUSE_NANOS = 1_000_000;

    /**
     * Once it has, a call is timed by its event's own begin() and end(), so statistics and events
     * hold the same durations, converted to nanoseconds by the agent with the rate it measured and
     * by the reader with the recording's own: they differ by rounding and that rate's error only.
     */
    private static final long ROUNDING_NANOS = 1;
    private static final double RATE_ERROR = 1e-4;
    private static final String SETTLE_MILLIS = "3000";

    private static Recorded detailed;
    private static Recorded settled;
    private static Recorded recordOption;
    private static Recorded plainStart;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("exact-counts");
        Path all = dir.resolve("all-calls.jfr");
        AgentJvm.of(CountsWorkload.class, dir).agentOptions("log=quiet").recordAllCalls(all).run().assertSucceeded();
        detailed = Recorded.read(all);

        Path late = dir.resolve("settled.jfr");
        AgentJvm.of(CountsWorkload.class, dir).agentOptions("log=quiet").recordAllCalls(late)
                .args("--settle-millis", SETTLE_MILLIS).run().assertSucceeded();
        settled = Recorded.read(late);

        Path standard = dir.resolve("record-option.jfr");
        // relative, as users type it: written into the JVM's working directory
        AgentJvm.of(CountsWorkload.class, dir).agentOptions("record=record-option.jfr,log=quiet").run().assertSucceeded();
        recordOption = Recorded.read(standard);

        Path plainJfr = dir.resolve("plain-start.jfr");
        // a user's plain -XX:StartFlightRecording, no GeoFlight settings: the events' built-in defaults
        AgentJvm.of(CountsWorkload.class, dir).agentOptions("log=quiet")
                .jvmArgs("-XX:StartFlightRecording:filename=" + plainJfr).run().assertSucceeded();
        plainStart = Recorded.read(plainJfr);
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
     * come from one measurement) and the same total time: never more than the events' (the agent's
     * clock reads lie inside JFR's), less only by pauses that fell between the two.
     */
    @Test
    void statisticsTotalsEqualThePerCallEvents() {
        forEachCell(detailed, (cell, events, stats) -> {
            long eventNanos = totalNanos(events);
            long eventMax = maxNanos(events);
            long rounding = events.size() * TIMER_SLACK_NANOS;
            assertThat(sum(stats, "totalTime")).as(cell + " total time")
                    .isBetween((long) (eventNanos * (1 - PAUSE_SHARE)) - PAUSE_NANOS, eventNanos + rounding);
            assertThat(max(stats, "maxTime")).as(cell + " max time")
                    .isBetween((long) (eventMax * (1 - PAUSE_SHARE)) - PAUSE_NANOS, eventMax + TIMER_SLACK_NANOS);
        });
    }

    @Test
    void onceTheTickRateIsKnownStatisticsHoldTheEventsOwnDurations() {
        assertThat(settled.statisticsCountsByLayer("operation")).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        forEachCell(settled, (cell, events, stats) -> {
            long eventNanos = totalNanos(events);
            long eventMax = maxNanos(events);
            assertThat(sum(stats, "totalTime")).as(cell + " total time")
                    .isCloseTo(eventNanos, within(events.size() * ROUNDING_NANOS + (long) (eventNanos * RATE_ERROR)));
            assertThat(max(stats, "maxTime")).as(cell + " max time")
                    .isCloseTo(eventMax, within(ROUNDING_NANOS + (long) (eventMax * RATE_ERROR)));
        });
    }

    private interface CellCheck {
        void check(String cell, List<RecordedEvent> events, List<RecordedEvent> stats);
    }

    /** Per cell: the same count and allocated bytes in statistics and events, then the given time checks. */
    private static void forEachCell(Recorded recorded, CellCheck check) {
        Map<String, List<RecordedEvent>> calls = recorded.operations().stream()
                .collect(Collectors.groupingBy(ExactCountsIT::cell));
        Map<String, List<RecordedEvent>> rows = recorded.statistics().stream()
                .collect(Collectors.groupingBy(ExactCountsIT::cell));
        assertThat(rows.keySet()).containsExactlyInAnyOrderElementsOf(calls.keySet());
        for (String cell : calls.keySet()) {
            List<RecordedEvent> events = calls.get(cell);
            List<RecordedEvent> stats = rows.get(cell);
            assertThat(sum(stats, "count")).as(cell).isEqualTo(events.size());
            assertThat(sum(stats, "allocated")).as(cell).isEqualTo(sum(events, "allocated"));
            check.check(cell, events, stats);
        }
    }

    private static long sum(List<RecordedEvent> events, String field) {
        return events.stream().mapToLong(e -> e.getLong(field)).sum();
    }

    private static long max(List<RecordedEvent> events, String field) {
        return events.stream().mapToLong(e -> e.getLong(field)).max().orElseThrow();
    }

    private static long totalNanos(List<RecordedEvent> events) {
        return events.stream().mapToLong(e -> e.getDuration().toNanos()).sum();
    }

    private static long maxNanos(List<RecordedEvent> events) {
        return events.stream().mapToLong(e -> e.getDuration().toNanos()).max().orElseThrow();
    }

    private static List<RecordedEvent> concat(List<RecordedEvent> a, List<RecordedEvent> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static String cell(RecordedEvent event) {
        return event.getString("operation") + "|" + event.getString("layer") + "|" + event.getString("complexity");
    }

    @Test
    void statisticsStayExactWhenPerCallEventsAreCutByTheThreshold() {
        assertThat(recordOption.statisticsCountsByLayer("operation")).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        assertThat(plainStart.statisticsCountsByLayer("operation")).containsExactlyInAnyOrderEntriesOf(EXPECTED);
        // geoflight.jfc and the events' own defaults keep only calls of 10 ms or more as per-call events
        for (RecordedEvent event : concat(recordOption.operations(), plainStart.operations())) {
            assertThat(event.getDuration()).isGreaterThanOrEqualTo(Duration.ofMillis(10));
        }
    }
}
