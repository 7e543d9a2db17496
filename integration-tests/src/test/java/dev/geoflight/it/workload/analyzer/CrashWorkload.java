package dev.geoflight.it.workload.analyzer;

import jdk.jfr.Recording;

/**
 * Runs like {@link ChunkedWorkload} ({@value ChunkedWorkload#BEFORE} intersects in layer before, a
 * new chunk, {@value ChunkedWorkload#AFTER} in layer after), then waits long enough for JFR to
 * flush the statistics of both to its disk repository, prints {@code ready} and waits to be
 * killed: a JVM that dies without writing its recording.
 */
public final class CrashWorkload {

    /** Two statistics periods (1 s) and two JFR flushes (1 s) after the last call. */
    public static final long SETTLE_MILLIS = 2500;

    private CrashWorkload() {
    }

    public static void main(String[] args) throws InterruptedException {
        ChunkedWorkload.intersects("before", ChunkedWorkload.BEFORE);
        try (Recording rotate = new Recording()) {
            rotate.start();
            rotate.stop();
        }
        ChunkedWorkload.intersects("after", ChunkedWorkload.AFTER);
        Thread.sleep(SETTLE_MILLIS);
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(90_000);
    }
}
