package dev.geoflight.agent.runtime;

import jdk.jfr.Event;

/**
 * Time, allocation and per-call event of the outermost call in progress on one thread: the part
 * that JTS calls ({@link CallFrame}) and repository calls ({@link RepositoryFrame}) measure alike.
 * Event objects are reused, so a measured call allocates nothing.
 */
abstract class MeasuredFrame {
    /** The event begun for this call, or null when its type is disabled. */
    private Event event;
    private boolean timedByEvent;
    private long startNanos;
    private long startAllocated;
    /** How many calls the one being measured stands for in allocated bytes; 0 when its allocation is not read. */
    private int allocationWeight;
    private final AllocationSampling allocationSampling = new AllocationSampling();
    long durationNanos;
    /** Bytes the call allocated, or -1 when it was not among the sampled calls. */
    long allocated;
    /** The cell of the thread's last call: a loop calls one operation in one layer again and again. */
    private StatisticsCell lastCell;
    private Operation lastOperation;
    private String lastLayer;
    private int lastComplexity;

    final void start(Operation operation, Event candidate) {
        if (candidate.isEnabled()) {
            event = candidate;
            // the event's begin() and end() are the call's clock when its duration can be read back
            timedByEvent = EventClock.ready();
            candidate.begin();
        } else {
            event = null;
            timedByEvent = false;
        }
        if (!timedByEvent) {
            startNanos = System.nanoTime();
        }
        allocationWeight = allocationSampling.weight(operation.allocationPeriod());
        if (allocationWeight != 0) {
            // read last, so that what the frame itself does is not counted against the call
            startAllocated = ThreadAllocation.current();
        }
    }

    final void stop() {
        // read first, for the same reason
        long allocatedNow = allocationWeight != 0 ? ThreadAllocation.current() : 0;
        if (timedByEvent) {
            event.end();
            durationNanos = EventClock.nanos(event);
        } else {
            durationNanos = System.nanoTime() - startNanos;
            if (event != null) {
                event.end();
            }
        }
        allocated = allocationWeight != 0 ? allocatedNow - startAllocated : -1;
    }

    /** Counts the call just stopped in the statistics of its operation, layer and complexity. */
    final void count(Operation operation, String layer, int complexity) {
        StatisticsCell cell = lastCell;
        if (cell == null || operation != lastOperation || layer != lastLayer || complexity != lastComplexity) {
            cell = Statistics.cell(operation, layer, complexity);
            lastCell = cell;
            lastOperation = operation;
            lastLayer = layer;
            lastComplexity = complexity;
        }
        cell.record(durationNanos, allocationWeight == 0 ? 0 : allocated * allocationWeight);
    }

    /** The event begun for this call if it passed its threshold, else null. */
    final <E extends Event> E eventToCommit(E candidate) {
        return event == candidate && candidate.shouldCommit() ? candidate : null;
    }
}
