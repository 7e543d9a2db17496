package dev.geoflight.benchmarks;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Medians and the number formats of the report. */
public final class Stats {

    private Stats() {
    }

    public static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /**
     * Half the width of the median's notch, 1.58 × IQR / √n (McGill, Tukey and Larsen): about a
     * 95 % interval of the median without assuming a distribution; NaN with fewer than 3 values.
     */
    public static double medianError(List<Double> values) {
        if (values.size() < 3) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return 1.58 * (quantile(sorted, 0.75) - quantile(sorted, 0.25)) / Math.sqrt(sorted.length);
    }

    /** Linear interpolation between the closest ranks. */
    private static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }

    public static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }

    /** ns with a precision that suits its size. */
    public static String ns(double nanos) {
        if (Double.isNaN(nanos)) {
            return "–";
        }
        if (Math.abs(nanos) >= 100) {
            return f("%,.0f", nanos);
        }
        return f("%.1f", nanos);
    }

    public static String ratio(double value, double anchor) {
        return Double.isNaN(value) || Double.isNaN(anchor) || anchor == 0 ? "–" : f("%.3f", value / anchor);
    }

    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "–" : f("%+.1f %%", fraction * 100);
    }

    /** The ± half-width of a fraction's error, unsigned. */
    public static String errorPercent(double fraction) {
        return Double.isNaN(fraction) ? "–" : f("%.1f %%", Math.abs(fraction) * 100);
    }

    public static String mib(double bytes) {
        return Double.isNaN(bytes) ? "–" : f("%,.1f MiB", bytes / (1024.0 * 1024.0));
    }
}
