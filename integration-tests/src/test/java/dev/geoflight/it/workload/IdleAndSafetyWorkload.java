package dev.geoflight.it.workload;

import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;

/**
 * Runs with the agent but without a recording from the command line. Idle, it measures what
 * 100,000 JTS calls allocate (JTS allocates nothing for disjoint points: their envelopes are
 * cached). Then it starts and stops recordings itself; calls made while none runs must not show
 * up anywhere. A geometry whose {@code getSRID} throws makes the agent's exit advice fail: the
 * caller must get its result and later calls must still be recorded.
 * Arguments: the detailed .jfc, the first and the second recording file.
 */
public final class IdleAndSafetyWorkload {

    public static final int IDLE_CALLS = 100_000;
    public static final int FIRST_RECORDING_CALLS = 7;
    public static final int SECOND_RECORDING_CALLS = 2;

    private IdleAndSafetyWorkload() {
    }

    public static void main(String[] args) throws Exception {
        Configuration detailed = Configuration.create(Path.of(args[0]));
        Point p = Shapes.point(0, 0);
        Point q = Shapes.point(1, 1);
        System.out.println("idleAllocatedBytes=" + allocatedBy(p, q));
        isValidTimes(3, 100);

        try (Recording first = new Recording(detailed)) {
            first.start();
            Geometry faulty = new FaultyPoint(5, 5);
            System.out.println("faultyIntersects=" + faulty.intersects(Shapes.rectangle(0, 0, 10, 10)));
            isValidTimes(FIRST_RECORDING_CALLS, 200);
            first.stop();
            first.dump(Path.of(args[1]));
        }
        isValidTimes(4, 300);
        try (Recording second = new Recording(detailed)) {
            second.start();
            isValidTimes(SECOND_RECORDING_CALLS, 400);
            second.stop();
            second.dump(Path.of(args[2]));
        }
        isValidTimes(5, 500);
    }

    /** Calls at x = x0, x0 + 1, ...: a test can tell from the box which phase a call came from. */
    private static void isValidTimes(int calls, int x0) {
        int valid = 0;
        for (int i = 0; i < calls; i++) {
            valid += Shapes.point(x0 + i, 0).isValid() ? 1 : 0;
        }
        System.out.println(calls + " calls at " + x0 + ": valid=" + valid);
    }

    private static long allocatedBy(Point p, Point q) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        int hits = 0;
        for (int i = 0; i < IDLE_CALLS; i++) {
            hits += p.intersects(q) ? 1 : 0; // warm-up: classes loaded, envelopes cached
        }
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < IDLE_CALLS; i++) {
            hits += p.intersects(q) ? 1 : 0;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        if (hits != 0) {
            throw new IllegalStateException("disjoint points intersect");
        }
        return allocated;
    }

    /** A point that breaks what the agent's advice reads (but JTS's intersects does not). */
    static final class FaultyPoint extends Point {
        private static final long serialVersionUID = 1L;

        FaultyPoint(double x, double y) {
            super(Shapes.FACTORY.getCoordinateSequenceFactory().create(new Coordinate[] {new Coordinate(x, y)}), Shapes.FACTORY);
        }

        @Override
        public int getSRID() {
            throw new IllegalStateException("getSRID is broken");
        }
    }
}
