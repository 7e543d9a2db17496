package dev.geoflight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadTest {

    @Test
    void aOneSecondRunCompletesEveryTaskKind() {
        City city = CityGenerator.generate(42);
        RunResult result = Workload.run(city, new DemoOptions(1, 2, 42, 0), 1);

        assertThat(result.tasks()).extracting(TaskTally::name).containsExactly(
                "spatial-join", "prepared-join", "road-buffer", "river-corridor", "simplify", "dissolve",
                "union-in-loop", "validate-repair", "nearest-road", "io-round-trip", "road-widening", "hull");
        // Each of the two workers opens with one run of every kind, however slow the machine.
        assertThat(result.tasks()).allSatisfy(task -> {
            assertThat(task.runs()).as(task.name()).isGreaterThanOrEqualTo(2);
            assertThat(task.operations()).as(task.name()).isPositive();
        });
        // Stops at the deadline (or after that opening pass); only running tasks may overrun it.
        assertThat(result.seconds()).isBetween(1.0, 10.0);
        assertThat(result.summaryLine()).matches("demo: \\d+ operations in \\d+\\.\\d\\d s \\(\\d+ ops/s\\)");
        assertThat(result.operations()).isEqualTo(result.tasks().stream().mapToLong(TaskTally::operations).sum());
    }

    @Test
    void theCycleHoldsEveryTaskInItsShare() {
        int[] cycle = Workload.cycle();
        int[] seen = new int[Workload.tasks().size()];
        for (int task : cycle) {
            seen[task]++;
        }
        assertThat(seen).containsExactly(60, 8, 24, 1, 1, 1, 2, 8, 12, 6, 6, 3);
        // Interleaved, not in streaks: the cheapest task never fills the first dozen slots alone.
        assertThat(Arrays.stream(cycle, 0, 12).distinct().count()).isGreaterThan(3);
    }

    @Test
    void summaryLineIsMachineReadable() {
        RunResult result = new RunResult(List.of(
                new TaskTally("a", "roads", 3, 100_000, 1), new TaskTally("b", "rivers", 1, 23_456, 1)),
                15_010_000_000L, 2);
        assertThat(result.summaryLine()).isEqualTo("demo: 123456 operations in 15.01 s (8225 ops/s)");
    }

    @Test
    void optionsParseBothForms() {
        assertThat(DemoOptions.parse()).isEqualTo(new DemoOptions(15, 2, 42, 0));
        assertThat(DemoOptions.parse("--seconds", "3", "--threads=4", "--seed", "-7", "--warmup", "2"))
                .isEqualTo(new DemoOptions(3, 4, -7, 2));
        assertThat(DemoOptions.parse("--seconds=0.5").seconds()).isEqualTo(0.5);
    }

    @Test
    void badOptionsAreRejectedWithTheOptionNamed() {
        assertThatThrownBy(() -> DemoOptions.parse("--fast")).hasMessageContaining("--fast");
        assertThatThrownBy(() -> DemoOptions.parse("--seconds")).hasMessageContaining("--seconds needs a value");
        assertThatThrownBy(() -> DemoOptions.parse("--threads", "two")).hasMessageContaining("'two'");
        assertThatThrownBy(() -> DemoOptions.parse("--threads", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> DemoOptions.parse("--seconds", "-1")).hasMessageContaining("positive");
        assertThatThrownBy(() -> DemoOptions.parse("--warmup", "-1")).hasMessageContaining("--warmup");
    }
}
