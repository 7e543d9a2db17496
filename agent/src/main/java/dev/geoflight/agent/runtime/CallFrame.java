package dev.geoflight.agent.runtime;

import dev.geoflight.events.GeometryIOEvent;
import dev.geoflight.events.IndexBuildEvent;
import dev.geoflight.events.IndexQueryEvent;
import dev.geoflight.events.SpatialOperationEvent;
import dev.geoflight.internal.ThreadState;
import jdk.internal.vm.annotation.DontInline;

/**
 * The outermost JTS call in progress on one thread: only the outermost call is measured, so one
 * frame per thread is enough, with one reusable event of each per-call type.
 */
final class CallFrame extends MeasuredFrame {
    final SpatialOperationEvent operationEvent = new SpatialOperationEvent();
    final IndexQueryEvent indexQueryEvent = new IndexQueryEvent();
    final IndexBuildEvent indexBuildEvent = new IndexBuildEvent();
    final GeometryIOEvent ioEvent = new GeometryIOEvent();

    Operation operation;

    static CallFrame of(ThreadState state) {
        Object frame = state.agentFrame;
        if (frame == null) {
            frame = new CallFrame();
            state.agentFrame = frame;
        }
        return (CallFrame) frame;
    }

    @DontInline
    void begin(Operation started) {
        operation = started;
        start(started, switch (started.kind()) {
            case OPERATION -> operationEvent;
            case INDEX_QUERY -> indexQueryEvent;
            case INDEX_BUILD -> indexBuildEvent;
            case IO -> ioEvent;
            case REPOSITORY -> throw new IllegalArgumentException("repository calls have frames of their own");
        });
    }
}
