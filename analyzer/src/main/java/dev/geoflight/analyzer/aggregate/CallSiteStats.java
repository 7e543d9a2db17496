package dev.geoflight.analyzer.aggregate;

import java.util.HashMap;
import java.util.Map;

/** Calls made from one call site: count, time, and the time per operation it called. */
public final class CallSiteStats {
    private long count;
    private long totalNanos;
    /** long[1] rather than Long: added to for every call, so no boxing. */
    private final Map<String, long[]> nanosByOperation = new HashMap<>();

    private String lastOperation;
    private long[] lastNanos;

    void add(String operation, long durationNanos, long calls) {
        count += calls;
        totalNanos += durationNanos;
        if (operation != lastOperation) { // one call site mostly calls one operation
            lastNanos = nanosByOperation.computeIfAbsent(operation, op -> new long[1]);
            lastOperation = operation;
        }
        lastNanos[0] += durationNanos;
    }

    /** Adds another site's calls (a chunk's, merged into the file's). */
    void add(CallSiteStats other) {
        count += other.count;
        totalNanos += other.totalNanos;
        other.nanosByOperation.forEach((operation, nanos) -> nanosByOperation.computeIfAbsent(operation, op -> new long[1])[0] += nanos[0]);
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
                .sorted(java.util.Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[0]).reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey)
                .toList();
    }
}
