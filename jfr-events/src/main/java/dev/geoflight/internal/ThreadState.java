package dev.geoflight.internal;

/**
 * Per-thread state shared by the application API and the agent's advice. Not API: the agent
 * puts this class on the bootstrap class path so that advice inlined into JTS (loaded by any
 * class loader) and {@code GeoFlight.layer} in the application see the same instance.
 */
public final class ThreadState {

    /** Set by the agent before the application starts; while false the API does nothing. */
    public static boolean enabled;

    private static final ThreadLocal<ThreadState> STATE = ThreadLocal.withInitial(ThreadState::new);

    /** Nesting depth of instrumented JTS calls: only the outermost one (depth 0) is recorded. */
    public int depth;

    /** Nesting depth of repository calls: only the outermost one is recorded. */
    public int repositoryDepth;

    /** Layers opened by {@code GeoFlight.layer} and {@code @SpatialLayer}: highest precedence. */
    public final LayerStack scopes = new LayerStack();

    /** Layers of the enclosing repository calls. */
    public final LayerStack repositories = new LayerStack();

    /** Layers given by the {@code layers} option to the classes on the call path: lowest precedence. */
    public final LayerStack classes = new LayerStack();

    /** The agent's per-thread scratch space for the call being measured (its own type). */
    public Object agentFrame;

    /** The agent's scratch space for the outermost repository call in progress (its own type). */
    public Object repositoryFrame;

    /**
     * Where a pool worker's layer stacks stood before the layers of the task it runs were put on
     * them, for the end of the task (0: none). One is enough: a worker runs one task at a time.
     */
    public long taskMark;

    public static ThreadState current() {
        return STATE.get();
    }

    /** The effective layer: innermost scope &gt; enclosing repository &gt; class mapping &gt; "". */
    public String layer() {
        String layer = scopes.top();
        if (layer == null) {
            layer = repositories.top();
            if (layer == null) {
                layer = classes.top();
            }
        }
        return layer == null ? "" : layer;
    }
}
