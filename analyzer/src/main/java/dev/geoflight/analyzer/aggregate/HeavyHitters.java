package dev.geoflight.analyzer.aggregate;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts how often keys occur in fixed memory and constant time per key: a hash table where
 * each key may sit in one of two slots; a key that finds both taken by others wears the smaller
 * count down by one and takes the slot when it reaches zero (the "heavy keeper" idea). Keys that
 * occur often — what the rules look for, the same geometry used again and again — keep their
 * slot and are counted nearly exactly; rare keys come and go.
 */
public final class HeavyHitters<K> {
    private final Object[] keys;
    private final long[] counts;
    private final int mask;

    /** @param capacity slots, rounded up to a power of two */
    public HeavyHitters(int capacity) {
        int size = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
        keys = new Object[size];
        counts = new long[size];
        mask = size - 1;
    }

    public void add(K key) {
        int h = key.hashCode() * 0x9E3779B9;
        int first = (h >>> 16 ^ h) & mask;
        int second = (first ^ (h >>> 7 | 1)) & mask;
        if (key.equals(keys[first])) {
            counts[first]++;
        } else if (key.equals(keys[second])) {
            counts[second]++;
        } else if (keys[first] == null || keys[second] == null) {
            int slot = keys[first] == null ? first : second;
            keys[slot] = key;
            counts[slot] = 1;
        } else {
            int weaker = counts[first] <= counts[second] ? first : second;
            if (--counts[weaker] == 0) {
                keys[weaker] = key;
                counts[weaker] = 1;
            }
        }
    }

    @SuppressWarnings("unchecked")
    public Map<K, Long> counts() {
        Map<K, Long> copy = new HashMap<>();
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null && counts[i] > 0) {
                copy.merge((K) keys[i], counts[i], Long::sum);
            }
        }
        return copy;
    }
}
