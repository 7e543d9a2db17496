package dev.geoflight.it;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.layers.LayerWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layers from a scope, nested scopes (innermost wins, the outer one back after close),
 * {@code @SpatialLayer} on a method and on a class, and the {@code layers} option, with their
 * precedence. Each step of the workload is one {@code isValid} on a point at x = step.
 */
class LayersIT {

    private static Recorded recorded;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("layers");
        Path jfr = dir.resolve("layers.jfr");
        AgentJvm.of(LayerWorkload.class, dir)
                .agentOptions("layers=dev.geoflight.it.workload.layers.Mapped*=districts;dev.geoflight.it.workload.Unused=x,log=quiet")
                .recordAllCalls(jfr).run().assertSucceeded();
        recorded = Recorded.read(jfr);
    }

    @Test
    void everyStepIsAttributedToTheLayerInForce() {
        Map<Integer, String> expected = new TreeMap<>();
        for (int step = 1; step < LayerWorkload.EXPECTED.length; step++) {
            expected.put(step, LayerWorkload.EXPECTED[step]);
        }
        Map<Integer, String> actual = new TreeMap<>();
        for (RecordedEvent event : recorded.operations("Geometry.isValid")) {
            actual.put((int) event.getDouble("minX"), event.getString("layer"));
        }
        assertThat(actual).containsExactlyEntriesOf(expected);
    }

    @Test
    void statisticsCarryTheSameLayers() {
        Map<String, Long> expected = new TreeMap<>();
        for (int step = 1; step < LayerWorkload.EXPECTED.length; step++) {
            expected.merge("Geometry.isValid|" + LayerWorkload.EXPECTED[step], 1L, Long::sum);
        }
        assertThat(recorded.statisticsCountsByLayer("operation")).containsExactlyEntriesOf(expected);
    }
}
