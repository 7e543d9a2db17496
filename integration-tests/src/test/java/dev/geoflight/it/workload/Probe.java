package dev.geoflight.it.workload;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Prints one line per call: its label and result, or the exception's type, message and the top
 * frames of its stack (class and method), so two runs can be compared line by line.
 */
final class Probe {

    private static final int FRAMES = 3;

    private Probe() {
    }

    static void call(String label, Callable<?> call) {
        String outcome;
        try {
            outcome = format(call.call());
        } catch (Exception e) {
            outcome = "threw " + e.getClass().getName() + ": " + e.getMessage() + " at " + frames(e);
        }
        System.out.println(label + " -> " + outcome);
    }

    private static String frames(Throwable e) {
        return String.join(" < ", Arrays.stream(e.getStackTrace()).limit(FRAMES)
                .map(f -> f.getClassName() + "." + f.getMethodName()).toList());
    }

    private static String format(Object result) {
        if (result instanceof Geometry g) {
            // exact coordinates: toText would hide differences in the last digits
            return g.getGeometryType() + " " + Arrays.toString(g.getCoordinates());
        }
        if (result instanceof PreparedGeometry p) {
            return "prepared " + format(p.getGeometry());
        }
        if (result instanceof byte[] bytes) {
            return Arrays.toString(bytes);
        }
        if (result instanceof Object[] array) {
            return Arrays.toString(Arrays.stream(array).map(Probe::format).toArray());
        }
        if (result instanceof Collection<?> items) {
            List<String> formatted = items.stream().map(Probe::format).sorted().toList();
            return formatted.toString();
        }
        return String.valueOf(result);
    }
}
