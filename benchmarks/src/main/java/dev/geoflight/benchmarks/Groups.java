package dev.geoflight.benchmarks;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Group-and-sum of per-call events by (operation, layer, complexity): what both anchor readers compute. */
final class Groups {

    static final class Group {
        long count;
        long nanos;
        long maxNanos;
        long allocated;
    }

    private final Map<String, Group> groups = new HashMap<>();
    private long events;

    void add(String operation, String layer, String complexity, long nanos, long allocated) {
        Group group = groups.computeIfAbsent(operation + '\u0000' + layer + '\u0000' + complexity, k -> new Group());
        group.count++;
        group.nanos += nanos;
        group.maxNanos = Math.max(group.maxNanos, nanos);
        group.allocated += allocated;
        events++;
    }

    /** The machine-readable line the harness reads: {@code groups: G spatial-events: N total-nanos: T}. */
    String summary(long allEvents) {
        long nanos = 0;
        for (Group group : groups.values()) {
            nanos += group.nanos;
        }
        return String.format(Locale.ROOT, "groups: %d spatial-events: %d all-events: %d total-nanos: %d",
                groups.size(), events, allEvents, nanos);
    }
}
