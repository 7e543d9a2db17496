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
        int first = first(h);
        int second = second(first, h);
        if (hashes[first] == h && key.equals(keys[first])) {
            counts[first]++;
        } else if (hashes[second] == h && key.equals(keys[second])) {
            counts[second]++;
        } else if (counts[first] == 0 || counts[second] == 0) {
            take(counts[first] == 0 ? first : second, keep.apply(key), h, 1);
        } else {
            int weaker = counts[first] <= counts[second] ? first : second;
            long count = counts[weaker];
            if (count < DECAY_TABLE && nextRandom() < DECAY_THRESHOLD[(int) count] && --counts[weaker] == 0) {
                take(weaker, keep.apply(key), h, 1);
            }
        }
    }

    /**
     * Adds the counts of a sketch of the same capacity, as if its keys had come after this one's.
     * A key both hold adds up; a new key takes its slot of the other sketch if that is free here,
     * else either of its slots if free (so that sketches with room for both merge exactly), else
     * the weaker of its slots if the newcomer's count is the larger.
     */
    public void absorb(HeavyHitters<K> later) {
        if (later.keys.length != keys.length) {
            throw new IllegalArgumentException("sketches of different capacity");
        }
        for (int slot = 0; slot < keys.length; slot++) {
            if (later.keys[slot] != null && later.counts[slot] > 0) {
                absorb(later.keys[slot], later.hashes[slot], later.counts[slot], slot);
            }
        }
    }

    private void absorb(Object key, int h, long count, int slot) {
        int first = first(h);
        int second = second(first, h);
        if (hashes[first] == h && key.equals(keys[first])) {
            counts[first] += count;
        } else if (hashes[second] == h && key.equals(keys[second])) {
            counts[second] += count;
        } else if (counts[slot] == 0) {
            take(slot, key, h, count);
        } else if (counts[first] == 0 || counts[second] == 0) {
            take(counts[first] == 0 ? first : second, key, h, count);
        } else {
            int weaker = counts[first] <= counts[second] ? first : second;
            if (counts[weaker] < count) {
                take(weaker, key, h, count);
            }
        }
    }

    /** A key's two slots, from its mixed hash. */
    private int first(int h) {
        return (h >>> 16 ^ h) & mask;
    }

    private int second(int first, int h) {
        return (first ^ (h >>> 7 | 1)) & mask;
    }

    private void take(int slot, Object key, int hash, long count) {
        keys[slot] = key;
        hashes[slot] = hash;
        counts[slot] = count;
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
