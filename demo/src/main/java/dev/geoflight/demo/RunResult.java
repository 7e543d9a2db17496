package dev.geoflight.demo;

import java.util.List;
import java.util.Locale;

/**
 * The outcome of a workload run, timed inside the JVM (city generation and JVM start excluded) so
 * runs with and without the agent compare on the work alone.
 */
public record RunResult(List<TaskTally> tasks, long elapsedNanos, int threads) {

    public long operations() {
        return tasks.stream().mapToLong(TaskTally::operations).sum();
    }

    public double seconds() {
        return elapsedNanos / 1e9;
    }

    public long operationsPerSecond() {
        return Math.round(operations() / seconds());
    }

    /**
     * The last line the demo prints; scripts and benchmarks parse it, so its shape is fixed:
     * {@code demo: 123456 operations in 15.01 s (8224 ops/s)}.
     */
    public String summaryLine() {
        return String.format(Locale.ROOT, "demo: %d operations in %.2f s (%d ops/s)",
                operations(), seconds(), operationsPerSecond());
    }

    public String table() {
        long busy = Math.max(1, tasks.stream().mapToLong(TaskTally::nanos).sum());
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-16s %-10s %8s %11s %7s%n",
                "task", "layer", "runs", "operations", "time"));
        for (TaskTally task : tasks) {
            out.append(String.format(Locale.ROOT, "%-16s %-10s %8d %11d %6.1f%%%n",
                    task.name(), task.layer(), task.runs(), task.operations(), 100.0 * task.nanos() / busy));
        }
        return out.toString();
    }
}
