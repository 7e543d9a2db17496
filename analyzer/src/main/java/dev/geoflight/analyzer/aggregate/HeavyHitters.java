package dev.geoflight.analyzer.aggregate;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Counts how often keys occur with bounded memory: when more than twice the capacity of distinct
 * keys are tracked, the less frequent half is dropped. Keys that occur often (what the rules look
 * for: the same geometry used again and again) survive; rare ones may be undercounted.
 */
public final class HeavyHitters<K> {
    private final int capacity;
    private final Map<K, long[]> counts = new HashMap<>();

    public HeavyHitters(int capacity) {
        this.capacity = capacity;
    }

    public void add(K key) {
        counts.computeIfAbsent(key, k -> new long[1])[0]++;
        if (counts.size() > 2 * capacity) {
            prune();
        }
    }

    private void prune() {
        long[] values = counts.values().stream().mapToLong(c -> c[0]).sorted().toArray();
        long median = values[values.length / 2];
        counts.values().removeIf(c -> c[0] <= median);
        if (counts.size() > 2 * capacity) {
            // All counts equal: keep an arbitrary half so that memory stays bounded.
            Object[] keys = counts.keySet().toArray();
            Arrays.stream(keys, 0, keys.length / 2).forEach(counts::remove);
        }
    }

    public Map<K, Long> counts() {
        Map<K, Long> copy = new HashMap<>();
        counts.forEach((k, v) -> copy.put(k, v[0]));
        return copy;
    }
}
