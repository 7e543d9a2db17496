package dev.geoflight.it.analyzer;

import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.workload.analyzer.MixWorkload;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Recordings several test classes analyze, made once per test JVM by a real agent run with every
 * outermost call recorded (threshold 0, geoflight-detailed.jfc).
 */
final class KnownRecordings {

    /** A recording, the wall-clock interval in which its JVM ran, and what that JVM printed. */
    record Made(Path file, Instant before, Instant after, JvmRun run) {

        /** The value the workload printed as {@code key=value}. */
        String printed(String key) {
            return run.stdoutLines().stream().filter(line -> line.startsWith(key + "=")).findFirst()
                    .map(line -> line.substring(key.length() + 1))
                    .orElseThrow(() -> new AssertionError("the workload printed no " + key + ":\n" + run.stdout()));
        }
    }

    private static Made mix;

    private KnownRecordings() {
    }

    /** {@link MixWorkload}: parcels, roads and rivers with known counts. */
    static synchronized Made mix() {
        if (mix == null) {
            mix = record(MixWorkload.class, "analyzer-mix");
        }
        return mix;
    }

    /** Runs {@code workload} under the agent with every call recorded; fails the test if it fails. */
    static Made record(Class<?> workload, String name, String... args) {
        Path dir = ItEnvironment.workDir(name);
        Path jfr = dir.resolve(name + ".jfr");
        Instant before = Instant.now();
        JvmRun run = AgentJvm.of(workload, dir).agentOptions("log=quiet").recordAllCalls(jfr).args(args).run()
                .assertSucceeded();
        return new Made(jfr, before, Instant.now(), run);
    }
}
