package dev.geoflight.analyzer;

import dev.geoflight.events.OperationStatisticsEvent;
import dev.geoflight.events.SpatialOperationEvent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import jdk.jfr.Recording;

/**
 * Writes a large recording for one-off throughput and memory checks (not run by the tests):
 * {@code LargeRecording FILE CALLS [profile]}. Every call is a SpatialOperation event with a stack
 * trace from one of four call sites, and statistics rows are written as the agent would; with
 * {@code profile} the JDK's profile settings add their own events (samples, GC, allocation...).
 */
public final class LargeRecording {
    private static final String[] OPERATIONS = {"Geometry.intersects", "Geometry.contains", "Geometry.buffer",
            "Geometry.union", "Geometry.distance", "Geometry.within", "Geometry.isValid", "Geometry.difference"};
    private static final String[] LAYERS = {"roads", "parcels", "rivers", "zones"};
    private static final String[] COMPLEXITY = {"simple", "medium", "complex"};

    private LargeRecording() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        long calls = Long.parseLong(args[1]);
        SplittableRandom random = new SplittableRandom(42);
        Map<String, long[]> stats = new HashMap<>();
        boolean profile = args.length > 2 && args[2].equals("profile");
        try (Recording recording = profile ? new Recording(jdk.jfr.Configuration.getConfiguration("profile")) : new Recording()) {
            recording.enable(SpatialOperationEvent.class).withThreshold(Duration.ZERO).withStackTrace();
            recording.enable(OperationStatisticsEvent.class);
            recording.start();
            for (long i = 0; i < calls; i++) {
                int op = random.nextInt(OPERATIONS.length);
                int layer = random.nextInt(LAYERS.length);
                int complexity = random.nextInt(COMPLEXITY.length);
                double x = random.nextDouble(0, 1000);
                double y = random.nextDouble(0, 1000);
                long start = System.nanoTime();
                switch ((int) (i & 3)) {
                    case 0 -> siteA(op, layer, complexity, x, y);
                    case 1 -> siteB(op, layer, complexity, x, y);
                    case 2 -> siteC(op, layer, complexity, x, y);
                    default -> siteD(op, layer, complexity, x, y);
                }
                long[] s = stats.computeIfAbsent(op + "/" + layer + "/" + complexity, k -> new long[2]);
                s[0]++;
                s[1] += System.nanoTime() - start;
                if (i % 1_000_000 == 999_999) {
                    flush(stats);
                }
            }
            flush(stats);
            recording.stop();
            recording.dump(file);
        }
    }

    private static void flush(Map<String, long[]> stats) {
        stats.forEach((key, s) -> {
            String[] parts = key.split("/");
            OperationStatisticsEvent e = new OperationStatisticsEvent();
            e.kind = "operation";
            e.operation = OPERATIONS[Integer.parseInt(parts[0])];
            e.layer = LAYERS[Integer.parseInt(parts[1])];
            e.complexity = COMPLEXITY[Integer.parseInt(parts[2])];
            e.count = s[0];
            e.totalTime = s[1];
            e.maxTime = s[1];
            e.histogram = TestRecording.Events.histogram(s[1] / Math.max(1, s[0]));
            e.commit();
        });
        stats.clear();
    }

    private static void emit(int op, int layer, int complexity, double x, double y) {
        SpatialOperationEvent e = new SpatialOperationEvent();
        e.begin();
        e.operation = OPERATIONS[op];
        e.layer = LAYERS[layer];
        e.complexity = COMPLEXITY[complexity];
        e.geometryType = "Polygon";
        e.argumentType = op % 2 == 0 ? "Point" : "";
        e.minX = x;
        e.minY = y;
        e.maxX = x + 1;
        e.maxY = y + 1;
        e.vertices = 10 + complexity * 1000;
        e.allocated = 128;
        e.resultVertices = -1;
        e.commit();
    }

    private static void siteA(int op, int layer, int complexity, double x, double y) {
        emit(op, layer, complexity, x, y);
    }

    private static void siteB(int op, int layer, int complexity, double x, double y) {
        emit(op, layer, complexity, x, y);
    }

    private static void siteC(int op, int layer, int complexity, double x, double y) {
        emit(op, layer, complexity, x, y);
    }

    private static void siteD(int op, int layer, int complexity, double x, double y) {
        emit(op, layer, complexity, x, y);
    }
}
