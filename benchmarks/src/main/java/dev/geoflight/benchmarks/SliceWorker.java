package dev.geoflight.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The worker side of {@link InterleavedSlices}: a JVM that works only when told to. Each line
 * {@code <millis>} on standard input runs the work for that long and answers {@code slice <units>
 * <nanos>} (calls or operations done, and the time they took); end of input ends the JVM. It
 * says {@code slice ready} first, once the work is set up. The prefix tells its lines from what
 * else the JVM prints there (JFR's "Started recording ...").
 */
final class SliceWorker {

    /** Some work that runs until a {@link System#nanoTime} deadline and says how many units it did. */
    interface Work {
        long runUntil(long deadlineNanos);
    }

    static final String PREFIX = "slice ";
    /** Printed once the work is set up, before the first slice. */
    static final String READY = PREFIX + "ready";

    private SliceWorker() {
    }

    static void serve(Work work) throws IOException {
        System.out.println(READY);
        System.out.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.US_ASCII));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            long start = System.nanoTime();
            long units = work.runUntil(start + Long.parseLong(line.strip()) * 1_000_000);
            long nanos = System.nanoTime() - start;
            System.out.println(PREFIX + units + " " + nanos);
            System.out.flush();
        }
    }
}
