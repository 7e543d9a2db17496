package dev.geoflight.agent.runtime;

/**
 * Which calls read the thread's allocation counter. Two reads cost about 20 ns (JNI calls into
 * the JVM's TLAB accounting): a fifth of a 100 ns predicate. Operations whose calls average under
 * {@link #CHEAP_NANOS} therefore read it on a random one in {@link #PERIOD} of their calls, and
 * each measured call counts {@code PERIOD} times in the statistics: an unbiased estimate of the
 * total, exact again as soon as the operation's calls get slower or a recording asks for every
 * call's own event. One per thread, in its frame; the gaps between measured calls are random so a
 * loop that alternates operations cannot always hit, or always miss, the same one.
 */
final class AllocationSampling {

    /** A measured call stands for this many calls of a cheap operation. */
    static final int PERIOD = 16;
    /** Below this mean, two counter reads would cost more than 1 % of a call. */
    static final long CHEAP_NANOS = 2_000;

    private long random = System.nanoTime() | 1;
    private int countdown = 1;

    static boolean isCheap(long meanNanos) {
        return meanNanos < CHEAP_NANOS;
    }

    /** The weight of the call starting now: {@code period} when its allocation is to be read, else 0. */
    int weight(int period) {
        if (period == 1) {
            return 1;
        }
        if (--countdown > 0) {
            return 0;
        }
        // xorshift: gaps uniform in [1, 2 * period - 1], mean period
        random ^= random << 13;
        random ^= random >>> 7;
        random ^= random << 17;
        countdown = 1 + (int) ((random >>> 33) % (2 * period - 1));
        return period;
    }
}
