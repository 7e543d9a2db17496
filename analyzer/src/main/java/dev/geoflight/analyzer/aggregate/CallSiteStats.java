package dev.geoflight.analyzer.aggregate;

import java.util.HashMap;
import java.util.Map;

/** Calls made from one call site: count, time, and the time per operation it called. */
public final class CallSiteStats {
    private long count;
    private long totalNanos;
    private final Map<String, Long> nanosByOperation = new HashMap<>();

    void add(String operation, long durationNanos, long calls) {
        count += calls;
        totalNanos += durationNanos;
        nanosByOperation.merge(operation, durationNanos, Long::sum);
    }

    void addAll(CallSiteStats other) {
        count += other.count;
        totalNanos += other.totalNanos;
        other.nanosByOperation.forEach((op, nanos) -> nanosByOperation.merge(op, nanos, Long::sum));
    }

    public long count() {
        return count;
    }

    public long totalNanos() {
        return totalNanos;
    }

    /** Operations called from here, most time first. */
    public java.util.List<String> operations() {
        return nanosByOperation.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
