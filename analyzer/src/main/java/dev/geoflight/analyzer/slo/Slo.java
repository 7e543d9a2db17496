package dev.geoflight.analyzer.slo;

import dev.geoflight.analyzer.aggregate.GroupKey;
import dev.geoflight.analyzer.aggregate.LatencyStats;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.read.OperationNames;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service-level objective, {@code selector:metric<value}: the selector is any comma-separated
 * subset of {@code operation=}, {@code layer=}, {@code complexity=}, {@code repository=}; the
 * metric one of {@code p50 p95 p99 max mean allocated} (allocated: bytes per call).
 */
public record Slo(String text, Map<String, String> selector, Metric metric, boolean inclusive, long limit) {
    private static final Pattern OBJECTIVE = Pattern.compile("\\s*(\\w+)\\s*(<=|<)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*([a-zA-Zµ]+)\\s*");

    public enum Metric {
        p50, p95, p99, max, mean, allocated;

        boolean isTime() {
            return this != allocated;
        }

        long value(LatencyStats stats) {
            return switch (this) {
                case p50 -> stats.percentileNanos(50);
                case p95 -> stats.percentileNanos(95);
                case p99 -> stats.percentileNanos(99);
                case max -> stats.maxNanos();
                case mean -> stats.meanNanos();
                case allocated -> stats.bytesPerCall();
            };
        }
    }

    /** @throws IllegalArgumentException with a message that says what is accepted */
    public static Slo parse(String text) {
        int colon = text.lastIndexOf(':');
        String selectorText = colon < 0 ? "" : text.substring(0, colon);
        String objective = text.substring(colon + 1);
        Map<String, String> selector = new LinkedHashMap<>();
        for (String part : selectorText.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            String key = eq < 0 ? part.trim() : part.substring(0, eq).trim();
            if (eq < 0 || !(key.equals("operation") || key.equals("layer") || key.equals("complexity") || key.equals("repository"))) {
                throw new IllegalArgumentException("bad SLO selector '" + part.trim() + "' in '" + text
                        + "': use operation=, layer=, complexity=, repository=");
            }
            selector.put(key, part.substring(eq + 1).trim());
        }
        Matcher m = OBJECTIVE.matcher(objective);
        if (!m.matches()) {
            throw new IllegalArgumentException("bad SLO '" + text + "': expected selector:metric<value, e.g."
                    + " 'operation=Geometry.buffer,layer=roads:p95<5ms'");
        }
        Metric metric;
        try {
            metric = Metric.valueOf(m.group(1));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("bad SLO metric '" + m.group(1) + "' in '" + text
                    + "': use p50, p95, p99, max, mean or allocated");
        }
        long limit = scale(m.group(3), m.group(4), metric, text);
        return new Slo(text, selector, metric, m.group(2).equals("<="), limit);
    }

    private static long scale(String number, String unit, Metric metric, String text) {
        double factor;
        boolean time = true;
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "ns" -> factor = 1;
            case "us", "µs" -> factor = 1e3;
            case "ms" -> factor = 1e6;
            case "s" -> factor = 1e9;
            case "b" -> { factor = 1; time = false; }
            case "kb" -> { factor = 1024; time = false; }
            case "mb" -> { factor = 1024 * 1024; time = false; }
            case "gb" -> { factor = 1024.0 * 1024 * 1024; time = false; }
            default -> throw new IllegalArgumentException("bad SLO unit '" + unit + "' in '" + text
                    + "': use ns, us, ms, s for times and B, KB, MB for allocated bytes");
        }
        if (time != metric.isTime()) {
            throw new IllegalArgumentException("bad SLO '" + text + "': " + metric + " needs "
                    + (metric.isTime() ? "a time unit (ns, us, ms, s)" : "a size unit (B, KB, MB)"));
        }
        return Math.round(Double.parseDouble(number) * factor);
    }

    /**
     * Whether a group is selected. Without operation= or repository= only JTS rows count: a
     * repository call's time already contains the JTS calls it makes.
     */
    public boolean matches(GroupKey key, String repositoryClass) {
        String operation = selector.get("operation");
        String repository = selector.get("repository");
        if (repository != null) {
            if (key.kind() != CallKind.REPOSITORY) {
                return false;
            }
            String simple = key.operation().contains(".") ? key.operation().substring(0, key.operation().lastIndexOf('.')) : "";
            if (!repository.equals(simple) && !repository.equals(repositoryClass)
                    && !repository.equals(OperationNames.simpleName(repositoryClass))) {
                return false;
            }
        } else if (operation == null && key.kind() == CallKind.REPOSITORY) {
            return false;
        }
        return (operation == null || operation.equals(key.operation()))
                && (!selector.containsKey("layer") || selector.get("layer").equals(key.layer()))
                && (!selector.containsKey("complexity") || selector.get("complexity").equals(key.complexity()));
    }

    public boolean met(long value) {
        return inclusive ? value <= limit : value < limit;
    }
}
