package dev.geoflight.agent.runtime;

import dev.geoflight.events.RepositoryQueryEvent;
import dev.geoflight.internal.ThreadState;
import jdk.internal.vm.annotation.DontInline;

/**
 * The outermost repository call in progress on one thread. Kept apart from the JTS {@link CallFrame}:
 * the JTS calls a repository makes are measured while this frame is open.
 */
final class RepositoryFrame extends MeasuredFrame {
    final RepositoryQueryEvent event = new RepositoryQueryEvent();

    Operation operation;
    String repository;
    String method;
    String layer;
    double minX;
    double minY;
    double maxX;
    double maxY;

    static RepositoryFrame of(ThreadState state) {
        Object frame = state.repositoryFrame;
        if (frame == null) {
            frame = new RepositoryFrame();
            state.repositoryFrame = frame;
        }
        return (RepositoryFrame) frame;
    }

    @DontInline
    void begin(Operation started, String repositoryName, String methodName, String effectiveLayer,
               double windowMinX, double windowMinY, double windowMaxX, double windowMaxY) {
        operation = started;
        repository = repositoryName;
        method = methodName;
        layer = effectiveLayer;
        minX = windowMinX;
        minY = windowMinY;
        maxX = windowMaxX;
        maxY = windowMaxY;
        start(started, event);
    }
}
