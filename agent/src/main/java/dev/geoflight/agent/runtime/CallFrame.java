package dev.geoflight.agent.runtime;

import dev.geoflight.events.GeometryIOEvent;
import dev.geoflight.events.IndexBuildEvent;
import dev.geoflight.events.IndexQueryEvent;
import dev.geoflight.events.SpatialOperationEvent;
import dev.geoflight.internal.ThreadState;
import jdk.jfr.Event;

/**
 * The outermost call in progress on one thread. Only the outermost call is measured, so one frame
 * per thread is enough, and its event objects are reused: a measured call allocates nothing.
 */
final class CallFrame {
    final SpatialOperationEvent operationEvent = new SpatialOperationEvent();
    final IndexQueryEvent indexQueryEvent = new IndexQueryEvent();
    final IndexBuildEvent indexBuildEvent = new IndexBuildEvent();
    final GeometryIOEvent ioEvent = new GeometryIOEvent();

    Operation operation;
    private Event event;
    private long startNanos;
    private long startAllocated;
    long durationNanos;
    long allocated;

    static CallFrame of(ThreadState state) {
        Object frame = state.agentFrame;
        if (frame == null) {
            frame = new CallFrame();
            state.agentFrame = frame;
        }
        return (CallFrame) frame;
    }

    void begin(Operation started) {
        operation = started;
        Event candidate = switch (started.kind()) {
            case OPERATION -> operationEvent;
            case INDEX_QUERY -> indexQueryEvent;
            case INDEX_BUILD -> indexBuildEvent;
            case IO -> ioEvent;
            case REPOSITORY -> throw new IllegalArgumentException("repository calls have frames of their own");
        };
        if (candidate.isEnabled()) {
            candidate.begin();
            event = candidate;
        } else {
            event = null;
        }
        startNanos = System.nanoTime();
        // read last, so that what the frame itself does is not counted against the operation
        startAllocated = ThreadAllocation.current();
    }

    void end() {
        // read first, for the same reason
        long allocatedNow = ThreadAllocation.current();
        durationNanos = System.nanoTime() - startNanos;
        allocated = allocatedNow - startAllocated;
        if (event != null) {
            event.end();
        }
    }

    /** The event begun for this call if it passed its threshold, else null. */
    <E extends Event> E eventToCommit(E candidate) {
        return event == candidate && candidate.shouldCommit() ? candidate : null;
    }
}
