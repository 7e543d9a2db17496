package dev.geoflight.agent.runtime;

import dev.geoflight.events.GeometryIOEvent;
import dev.geoflight.events.IndexBuildEvent;
import dev.geoflight.events.IndexQueryEvent;
import dev.geoflight.events.SpatialOperationEvent;
import dev.geoflight.internal.ThreadState;
import jdk.internal.vm.annotation.DontInline;

/**
 * What advice calls. {@link #enter} and {@link #exit} bracket every instrumented call and keep
 * the nesting depth; when the outermost call ends, the advice describes it (it can read the JTS
 * objects, this class cannot: it lives on the bootstrap class path) through one of
 * {@link #operation}, {@link #indexQuery}, {@link #indexBuild} or {@link #io}.
 *
 * <p>Advice is inlined into every instrumented JTS method, and the JIT would inline what it calls
 * too. The nested-call path (a flag, a thread-local, the depth) is meant to be; the outermost
 * call's measurement ({@code CallFrame.begin}, {@code MeasuredFrame.stop} and the describing
 * methods here) is {@code @DontInline}, which HotSpot honours on boot-loaded classes: otherwise
 * each of hundreds of JTS methods compiles its own copy of it, and on a busy two-core machine the
 * extra C2 time alone (about 2 s more in a 12 s demo run, {@code -XX:+CITime}) costs the
 * application several per cent.
 */
public final class Calls {

    /** True while a recording runs or metrics are on; when false a call costs this one read. */
    static volatile boolean active;

    private Calls() {
    }

    /** Returns the thread's state to hand to {@link #exit}, or null when nothing is recorded. */
    public static ThreadState enter(int operationId) {
        if (!active) {
            return null;
        }
        ThreadState state = ThreadState.current();
        if (state.depth == 0) {
            CallFrame.of(state).begin(Operations.get(operationId));
        }
        // incremented last: if anything above throws, advice returns null and the depth stays right
        state.depth++;
        return state;
    }

    /** Ends a call; true when it was the outermost one and the advice must now describe it. */
    public static boolean exit(ThreadState state) {
        if (state == null || --state.depth != 0) {
            return false;
        }
        ((CallFrame) state.agentFrame).stop();
        return true;
    }

    @DontInline
    public static void operation(ThreadState state, String geometryType, String argumentType, int vertices,
                                 double minX, double minY, double maxX, double maxY, int srid, int resultVertices) {
        CallFrame frame = (CallFrame) state.agentFrame;
        int complexity = Complexity.of(vertices);
        String layer = state.layer();
        frame.count(frame.operation, layer, complexity);
        SpatialOperationEvent event = frame.eventToCommit(frame.operationEvent);
        if (event != null) {
            event.operation = frame.operation.name();
            event.geometryType = geometryType;
            event.argumentType = argumentType;
            event.vertices = vertices;
            event.complexity = Complexity.name(complexity);
            // JTS's empty envelope is (0, -1, 0, -1): the contract says NaN
            boolean empty = maxX < minX;
            event.minX = empty ? Double.NaN : minX;
            event.minY = empty ? Double.NaN : minY;
            event.maxX = empty ? Double.NaN : maxX;
            event.maxY = empty ? Double.NaN : maxY;
            event.srid = srid;
            event.layer = layer;
            event.allocated = frame.allocated;
            event.resultVertices = resultVertices;
            event.commit();
        }
    }

    @DontInline
    public static void indexQuery(ThreadState state, double minX, double minY, double maxX, double maxY, int results, int size) {
        CallFrame frame = (CallFrame) state.agentFrame;
        String layer = state.layer();
        frame.count(frame.operation, layer, Complexity.NONE);
        IndexQueryEvent event = frame.eventToCommit(frame.indexQueryEvent);
        if (event != null) {
            event.index = frame.operation.subject();
            event.layer = layer;
            boolean empty = maxX < minX;
            event.minX = empty ? Double.NaN : minX;
            event.minY = empty ? Double.NaN : minY;
            event.maxX = empty ? Double.NaN : maxX;
            event.maxY = empty ? Double.NaN : maxY;
            event.results = results;
            event.size = size;
            event.commit();
        }
    }

    @DontInline
    public static void indexBuild(ThreadState state, int items) {
        CallFrame frame = (CallFrame) state.agentFrame;
        String layer = state.layer();
        frame.count(frame.operation, layer, Complexity.NONE);
        IndexBuildEvent event = frame.eventToCommit(frame.indexBuildEvent);
        if (event != null) {
            event.index = frame.operation.subject();
            event.layer = layer;
            event.items = items;
            event.commit();
        }
    }

    @DontInline
    public static void io(ThreadState state, long bytes, int vertices, String geometryType) {
        CallFrame frame = (CallFrame) state.agentFrame;
        String layer = state.layer();
        frame.count(frame.operation, layer, Complexity.of(vertices));
        GeometryIOEvent event = frame.eventToCommit(frame.ioEvent);
        if (event != null) {
            event.format = frame.operation.subject();
            event.direction = frame.operation.direction();
            event.bytes = bytes;
            event.vertices = vertices;
            event.geometryType = geometryType;
            event.layer = layer;
            event.commit();
        }
    }
}
