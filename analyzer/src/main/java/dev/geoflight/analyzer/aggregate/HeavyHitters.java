package dev.geoflight.analyzer.aggregate;

import java.util.HashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Counts how often keys occur in fixed memory and constant time per key, after the HeavyKeeper
 * sketch: each key may sit in one of two slots; a key that finds both taken by others decays the
 * smaller count by one with probability {@code 1.08^-count}, and takes the slot when it reaches
 * zero. Keys that occur often — what the rules look for, the same geometry used again and
 * again — soon hold their slot against a flood of one-off keys and are counted nearly exactly.
 * The table is small enough to stay in the CPU cache, which is what keeps it fast.
 */
public final class HeavyHitters<K> {
    private static final double DECAY_BASE = 1.08;
    private static final int DECAY_TABLE = 128;
    /** Probability of decay per count, as a threshold on a random 31-bit number. */
    private static final int[] DECAY_THRESHOLD = new int[DECAY_TABLE];

    static {
        for (int i = 0; i < DECAY_TABLE; i++) {
            DECAY_THRESHOLD[i] = (int) (Math.pow(DECAY_BASE, -i) * Integer.MAX_VALUE);
        }
    }

    private final Object[] keys;
    private final int[] hashes;
    private final long[] counts;
    private final int mask;
    private long random = 0x2545F4914F6CDD1DL;

    /** @param capacity slots, rounded up to a power of two */
    public HeavyHitters(int capacity) {
        int size = Integer.highestOneBit(Math.max(2, capacity - 1)) << 1;
        keys = new Object[size];
        hashes = new int[size];
        counts = new long[size];
        mask = size - 1;
    }

    public void add(K key) {
        add(key, UnaryOperator.identity());
    }

    /**
     * Counts {@code key}, which the caller may change and pass again: the sketch keeps {@code
     * keep.apply(key)} when the key takes a slot, so a caller that fills one key object per call
     * allocates only for the few calls that take a slot.
     */
    public void add(K key, UnaryOperator<K> keep) {
        int h = key.hashCode() * 0x9E3779B9;
        int first = (h >>> 16 ^ h) & mask;
        int second = (first ^ (h >>> 7 | 1)) & mask;
        if (hashes[first] == h && key.equals(keys[first])) {
            counts[first]++;
        } else if (hashes[second] == h && key.equals(keys[second])) {
            counts[second]++;
        } else if (counts[first] == 0 || counts[second] == 0) {
            take(counts[first] == 0 ? first : second, keep.apply(key), h);
        } else {
            int weaker = counts[first] <= counts[second] ? first : second;
            long count = counts[weaker];
            if (count < DECAY_TABLE && nextRandom() < DECAY_THRESHOLD[(int) count] && --counts[weaker] == 0) {
                take(weaker, keep.apply(key), h);
            }
        }
    }

    private void take(int slot, Object key, int hash) {
        keys[slot] = key;
        hashes[slot] = hash;
        counts[slot] = 1;
    }

    private int nextRandom() {
        random ^= random << 13;
        random ^= random >>> 7;
        random ^= random << 17;
        return (int) (random >>> 33);
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
