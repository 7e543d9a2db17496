package dev.geoflight.agent.runtime;

/**
 * Which calls are measured. Measuring a call costs two clock reads (about 25 ns each on a virtual
 * machine) and two reads of the thread's allocation counter (JNI calls, about 20 ns together):
 * seventy nanoseconds, more than many predicates take. Operations whose calls average under
 * {@link #CHEAP_NANOS} are therefore measured, time and allocation, on a random one in
 * {@link #PERIOD} of their calls, and each measured call counts {@code PERIOD} times in the
 * statistics' time, allocation and latency distribution (unbiased estimates); every call is still
 * counted. An operation is measured on every call again as soon as its calls get slower, and while
 * a recording asks for every call's own event. One per thread, in its frame; the gaps between
 * measured calls are random so a loop that alternates operations cannot always hit, or always
 * miss, the same one.
 */
final class CallSampling {

    /** A measured call stands for this many calls of a cheap operation. */
    static final int PERIOD = 16;
    /** Below this mean, measuring every call would cost more than 3 % of it. */
    static final long CHEAP_NANOS = 2_000;

    private long random = System.nanoTime() | 1;
    private int countdown = 1;

    static boolean isCheap(long meanNanos) {
        return meanNanos < CHEAP_NANOS;
    }

    /** The weight of the call starting now: {@code period} when it is to be measured, else 0. */
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
