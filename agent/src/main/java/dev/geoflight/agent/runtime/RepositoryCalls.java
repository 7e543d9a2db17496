package dev.geoflight.agent.runtime;

import dev.geoflight.events.RepositoryQueryEvent;
import dev.geoflight.internal.ThreadState;
import jdk.internal.vm.annotation.DontInline;

/**
 * What repository advice calls. A repository call puts its layer on the thread's repository layer
 * stack for its duration, so the JTS calls made inside it (from any class) get that layer. Only the
 * outermost repository call is measured; its depth is kept apart from the JTS depth, so the JTS
 * calls inside it are still measured as operations of their own.
 *
 * <p>{@link #enter} returns a mark for {@link #exit}: one above the layer stack's size before the
 * push, so the 0 that suppressed enter advice returns after a failure undoes nothing.
 */
public final class RepositoryCalls {

    private RepositoryCalls() {
    }

    /** True while calls are measured; advice skips working out the query window otherwise. */
    public static boolean active() {
        return Calls.active;
    }

    /**
     * A call into a repository class. {@code layer} is the repository's own layer ("" when none),
     * {@code minX..maxY} the query window (NaN when none).
     */
    public static int enter(int operationId, String repository, String method, String layer,
                            double minX, double minY, double maxX, double maxY) {
        if (!Calls.active) {
            return 0;
        }
        ThreadState state = ThreadState.current();
        int mark = state.repositories.push(layer) + 1;
        try {
            if (state.repositoryDepth == 0) {
                RepositoryFrame.of(state).begin(Operations.get(operationId), repository, method, state.layer(),
                        minX, minY, maxX, maxY);
            }
        } catch (RuntimeException | Error e) {
            state.repositories.popTo(mark - 1);
            throw e;
        }
        state.repositoryDepth++;
        return mark;
    }

    /** A call through a repository interface (Spring Data): operation and layer come from the interface. */
    public static int enter(Class<?> repositoryInterface, String method, double minX, double minY, double maxX, double maxY) {
        if (!Calls.active) {
            return 0;
        }
        RepositoryInterfaces.Info info = RepositoryInterfaces.of(repositoryInterface);
        return enter(info.operationId(method), repositoryInterface.getName(), method, info.layer(), minX, minY, maxX, maxY);
    }

    /** Ends a call; true when it was the outermost one and the advice must now hand {@link #record} its result. */
    public static boolean exit(int mark) {
        if (mark == 0) {
            return false;
        }
        ThreadState state = ThreadState.current();
        state.repositories.popTo(mark - 1);
        if (--state.repositoryDepth != 0) {
            return false;
        }
        ((RepositoryFrame) state.repositoryFrame).stop();
        return true;
    }

    /** Records the outermost call that {@link #exit} just ended, with what it returned. */
    @DontInline
    public static void record(Object result) {
        RepositoryFrame frame = (RepositoryFrame) ThreadState.current().repositoryFrame;
        frame.count(frame.operation, frame.layer, Complexity.NONE);
        RepositoryQueryEvent event = frame.eventToCommit(frame.event);
        if (event != null) {
            event.repository = frame.repository;
            event.method = frame.method;
            event.layer = frame.layer;
            event.minX = frame.minX;
            event.minY = frame.minY;
            event.maxX = frame.maxX;
            event.maxY = frame.maxY;
            event.results = ResultCount.of(result);
            event.allocated = frame.allocated;
            event.commit();
        }
    }
}
