package dev.geoflight.agent.runtime;

import java.lang.management.ManagementFactory;

/** Bytes allocated so far by the current thread, from the JVM's per-thread TLAB accounting. */
final class ThreadAllocation {

    private static final com.sun.management.ThreadMXBean THREADS = threads();

    private ThreadAllocation() {
    }

    static long current() {
        return THREADS == null ? 0 : THREADS.getCurrentThreadAllocatedBytes();
    }

    private static com.sun.management.ThreadMXBean threads() {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
                && threads.isThreadAllocatedMemorySupported()) {
            threads.setThreadAllocatedMemoryEnabled(true);
            return threads;
        }
        return null;
    }
}
