package dev.geoflight.it.repository;

import dev.geoflight.it.harness.Recorded;
import jdk.jfr.consumer.RecordedEvent;

import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** The layers that the workloads' numbered steps (one isValid on a point at x = step) were given. */
final class Steps {

    private Steps() {
    }

    /** Expected layer by step from a workload's table, whose index 0 is unused. */
    static Map<Integer, String> expected(String[] layersByStep) {
        Map<Integer, String> expected = new TreeMap<>();
        for (int step = 1; step < layersByStep.length; step++) {
            expected.put(step, layersByStep[step]);
        }
        return expected;
    }

    /** Recorded layer by step; fails if a step ran twice. */
    static Map<Integer, String> recorded(Recorded recorded) {
        Map<Integer, String> actual = new TreeMap<>();
        for (RecordedEvent event : recorded.operations("Geometry.isValid")) {
            int step = (int) event.getDouble("minX");
            assertThat(actual.put(step, event.getString("layer"))).as("step %s ran twice", step).isNull();
        }
        return actual;
    }
}
