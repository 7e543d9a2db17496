package dev.geoflight.agent.runtime;

import jdk.internal.vm.annotation.DontInline;
import jdk.jfr.Event;

/**
 * Time, allocation and per-call event of the outermost call in progress on one thread: the part
 * that JTS calls ({@link CallFrame}) and repository calls ({@link RepositoryFrame}) measure alike.
 * Event objects are reused, so a measured call allocates nothing.
 */
abstract class MeasuredFrame {
    /** The event begun for this call, or null when its type is disabled or the call is not measured. */
    private Event event;
    private boolean timedByEvent;
    private long startNanos;
    private long startAllocated;
    /** How many calls the one in progress stands for in time and allocation; 0 when it is only counted. */
    private int weight;
    private final CallSampling sampling = new CallSampling();
    /** The call's duration; meaningless when it was not measured. */
    long durationNanos;
    /** Bytes the call allocated; meaningless when it was not measured. */
    long allocated;
    /** The cell of the thread's last call: a loop calls one operation in one layer again and again. */
    private StatisticsCell lastCell;
    private Operation lastOperation;
    private String lastLayer;
    private int lastComplexity;

    final void start(Operation operation, Event candidate) {
        weight = sampling.weight(operation.samplingPeriod());
        if (weight == 0) {
            // counted only: no clock, no allocation counter, no event (its threshold needs the time)
            event = null;
            return;
        }
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
        // read last, so that what the frame itself does is not counted against the call
        startAllocated = ThreadAllocation.current();
    }

    @DontInline
    final void stop() {
        if (weight == 0) {
            return;
        }
        // read first, for the same reason
        long allocatedNow = ThreadAllocation.current();
        if (timedByEvent) {
            event.end();
            durationNanos = EventClock.nanos(event);
        } else {
            durationNanos = System.nanoTime() - startNanos;
            if (event != null) {
                event.end();
            }
        }
        allocated = allocatedNow - startAllocated;
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
        if (weight == 0) {
            cell.count();
        } else {
            cell.record(durationNanos, allocated, weight);
        }
    }

    /** The event begun for this call if it passed its threshold, else null. */
    final <E extends Event> E eventToCommit(E candidate) {
        return event == candidate && candidate.shouldCommit() ? candidate : null;
    }
}
