package dev.geoflight.it.workload;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

import java.lang.management.ManagementFactory;

/**
 * WKB writes of a rectangle for the given number of milliseconds: a call of a few hundred
 * nanoseconds that allocates its output, too cheap for the agent to measure every call. Prints the
 * number of calls, what the thread allocated around the loop, which allocates nothing of its own,
 * and the loop's wall time: the truths the agent's estimates are held to.
 */
public final class CheapCallWorkload {

    public static final Geometry RECTANGLE = Shapes.rectangle(0, 0, 3, 4);

    private CheapCallWorkload() {
    }

    public static void main(String[] args) {
        long millis = Long.parseLong(args[0]);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        WKBWriter writer = new WKBWriter();
        long bytes = 0;
        long calls = 0;
        long end = System.nanoTime() + millis * 1_000_000;
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        do {
            for (int i = 0; i < 1_000; i++) {
                bytes += writer.write(RECTANGLE).length;
            }
            calls += 1_000;
        } while (System.nanoTime() < end);
        long nanos = System.nanoTime() - start;
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        System.out.println("calls=" + calls + " allocated=" + allocated + " bytes=" + bytes + " nanos=" + nanos);
    }
}
