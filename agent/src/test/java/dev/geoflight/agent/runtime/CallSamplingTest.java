package dev.geoflight.agent.runtime;

import dev.geoflight.events.IndexBuildEvent;
import dev.geoflight.events.SpatialOperationEvent;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Which calls are measured, how much each one counts, and when sampling applies. */
class CallSamplingTest {

    @Test
    void everyCallIsMeasuredAtPeriodOne() {
        CallSampling sampling = new CallSampling();
        for (int i = 0; i < 1_000; i++) {
            assertThat(sampling.weight(1)).isEqualTo(1);
        }
    }

    @Test
    void oneCallInSixteenIsMeasuredAtRandomGapsAndCountsSixteenTimes() {
        CallSampling sampling = new CallSampling();
        int calls = 1_600_000;
        long weights = 0;
        int gap = 0;
        Set<Integer> gaps = new HashSet<>();
        for (int i = 0; i < calls; i++) {
            int weight = sampling.weight(CallSampling.PERIOD);
            assertThat(weight).isIn(0, CallSampling.PERIOD);
            gap++;
            if (weight != 0) {
                gaps.add(gap);
                gap = 0;
            }
            weights += weight;
        }
        // gaps uniform in 1..31: every length occurs, none longer; the weights add up to the calls within 1 %
        assertThat(gaps).hasSize(2 * CallSampling.PERIOD - 1).allMatch(g -> g >= 1 && g <= 2 * CallSampling.PERIOD - 1);
        assertThat((double) weights).isBetween(calls * 0.99, calls * 1.01);
    }

    @Test
    void anOperationSamplesWhileItsCallsAverageUnderTwoMicroseconds() {
        Operation operation = new Operation(0, "Geometry.intersects", OperationKind.OPERATION, "", "");
        assertThat(operation.samplingPeriod()).as("until its first period ends").isEqualTo(1);
        operation.addToPeriod(600, 600 * 1_999L);
        operation.addToPeriod(400, 400 * 1_999L);
        operation.endPeriod();
        assertThat(operation.samplingPeriod()).isEqualTo(CallSampling.PERIOD);
        operation.endPeriod();
        assertThat(operation.samplingPeriod()).as("a period without calls changes nothing").isEqualTo(CallSampling.PERIOD);
        operation.addToPeriod(10, 10 * 2_000L);
        operation.endPeriod();
        assertThat(operation.samplingPeriod()).isEqualTo(1);
    }

    @Test
    void aRecordingWithThresholdZeroAsksForEveryCallToBeMeasured() {
        String threshold = SpatialOperationEvent.NAME + "#threshold";
        String enabled = SpatialOperationEvent.NAME + "#enabled";
        assertThat(RecordingWatcher.commitsEveryCall(Map.of(threshold, "0 ms", enabled, "true"), SpatialOperationEvent.class)).isTrue();
        assertThat(RecordingWatcher.commitsEveryCall(Map.of(threshold, "0 ns"), SpatialOperationEvent.class)).isTrue();
        assertThat(RecordingWatcher.commitsEveryCall(Map.of(threshold, "10 ms"), SpatialOperationEvent.class)).isFalse();
        assertThat(RecordingWatcher.commitsEveryCall(Map.of(threshold, "0.5 ms"), SpatialOperationEvent.class)).isFalse();
        assertThat(RecordingWatcher.commitsEveryCall(Map.of(threshold, "off"), SpatialOperationEvent.class)).isFalse();
        assertThat(RecordingWatcher.commitsEveryCall(Map.of(threshold, "0 ms", enabled, "false"), SpatialOperationEvent.class)).isFalse();
        // settings that do not name the event: its own annotations (10 ms for operations, 0 for index builds)
        assertThat(RecordingWatcher.commitsEveryCall(Map.of(), SpatialOperationEvent.class)).isFalse();
        assertThat(RecordingWatcher.commitsEveryCall(Map.of(), IndexBuildEvent.class)).isTrue();
    }
}
