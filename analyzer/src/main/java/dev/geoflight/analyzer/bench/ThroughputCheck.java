package dev.geoflight.analyzer.bench;

import dev.geoflight.analyzer.pipeline.InputException;
import dev.geoflight.analyzer.pipeline.RecordingAnalyzer;
import dev.geoflight.analyzer.read.ChunkRecordingReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A hook for benchmarks/: times the full {@code analyze} pipeline (fast reader, aggregation,
 * rules) against {@link RecordingFileBaseline} on the same file, in the same JVM, and prints both
 * and their ratio. Usage: {@code ThroughputCheck FILE [ROUNDS]}. The best of the rounds counts
 * (the first rounds warm the JIT up).
 */
public final class ThroughputCheck {
    private ThroughputCheck() {
    }

    /**
     * Best times in nanoseconds: wall clock, and CPU time of the whole process (the analyzer reads
     * chunks on several threads, so the measuring thread's own CPU time would leave work out; the
     * process's also counts the JIT and GC threads for both, and is the steadier figure on a busy
     * machine).
     */
    public record Timing(long analyzerNanos, long baselineNanos, long analyzerCpuNanos, long baselineCpuNanos) {
        public double ratio() {
            return (double) baselineNanos / analyzerNanos;
        }

        public double cpuRatio() {
            return (double) baselineCpuNanos / analyzerCpuNanos;
        }
    }

    public static Timing measure(Path file, int rounds) throws Exception {
        com.sun.management.OperatingSystemMXBean process =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long analyzer = Long.MAX_VALUE;
        long baseline = Long.MAX_VALUE;
        long analyzerCpu = Long.MAX_VALUE;
        long baselineCpu = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long cpu = process.getProcessCpuTime();
            long start = System.nanoTime();
            analyze(file);
            analyzer = Math.min(analyzer, System.nanoTime() - start);
            analyzerCpu = Math.min(analyzerCpu, process.getProcessCpuTime() - cpu);
            cpu = process.getProcessCpuTime();
            start = System.nanoTime();
            RecordingFileBaseline.run(file);
            baseline = Math.min(baseline, System.nanoTime() - start);
            baselineCpu = Math.min(baselineCpu, process.getProcessCpuTime() - cpu);
        }
        return new Timing(analyzer, baseline, analyzerCpu, baselineCpu);
    }

    static void analyze(Path file) throws InputException {
        new RecordingAnalyzer(new ChunkRecordingReader(), null).analyze(List.of(file), 20);
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: ThroughputCheck FILE [ROUNDS]");
            System.exit(2);
        }
        Timing timing = measure(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 3);
        System.out.printf(Locale.ROOT, "wall: analyze %.2f s, RecordingFile baseline %.2f s, ratio %.2fx%n",
                timing.analyzerNanos() / 1e9, timing.baselineNanos() / 1e9, timing.ratio());
        System.out.printf(Locale.ROOT, "cpu:  analyze %.2f s, RecordingFile baseline %.2f s, ratio %.2fx%n",
                timing.analyzerCpuNanos() / 1e9, timing.baselineCpuNanos() / 1e9, timing.cpuRatio());
    }
}
