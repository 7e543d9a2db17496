package dev.geoflight.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * Start-up probe: prints the milliseconds from JVM start to the first line of {@code main}
 * ({@code main-ms}), and with {@code --jts} also to the end of a first round of JTS calls
 * ({@code jts-ms}), which is when the agent's class transformations have happened.
 */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        long atMain = System.currentTimeMillis();
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "main-ms: %d", atMain - jvmStart));
        if (args.length > 0 && args[0].equals("--jts")) {
            Object result = FirstJtsCalls.run();
            long afterJts = System.currentTimeMillis();
            line.append(String.format(Locale.ROOT, " jts-ms: %d (%s)", afterJts - jvmStart, result));
        }
        System.out.println(line);
    }
}
