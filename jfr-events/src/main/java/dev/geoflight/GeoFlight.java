package dev.geoflight;

import dev.geoflight.internal.ThreadState;

/**
 * The application API: name the layer that spatial work belongs to.
 *
 * <pre>{@code
 * try (GeoFlight.Scope scope = GeoFlight.layer("parcels")) {
 *     index.query(window).forEach(p -> p.intersects(road));
 * }
 * }</pre>
 *
 * Without the GeoFlight agent every method here is a no-op that allocates nothing.
 */
public final class GeoFlight {

    private GeoFlight() {
    }

    /**
     * Opens a layer scope on the current thread: JTS and repository calls made on this thread
     * belong to {@code name} until the scope is closed. Scopes nest; the innermost one wins.
     */
    public static Scope layer(String name) {
        if (!ThreadState.enabled || name == null) {
            return Scope.NOOP;
        }
        ThreadState state = ThreadState.current();
        return new LayerScope(state, state.scopes.push(name));
    }

    /** The layer that a spatial call made now on this thread would be attributed to ("" when none). */
    public static String currentLayer() {
        return ThreadState.enabled ? ThreadState.current().layer() : "";
    }

    /** A layer scope. Closing it restores the layer that was in force when it was opened. */
    public interface Scope extends AutoCloseable {
        Scope NOOP = () -> { };

        @Override
        void close();
    }

    private static final class LayerScope implements Scope {
        private final ThreadState state;
        private final int depth;

        LayerScope(ThreadState state, int depth) {
            this.state = state;
            this.depth = depth;
        }

        @Override
        public void close() {
            // Pops back to where this scope was opened, so a scope closed out of order
            // (or twice) cannot leave a stale layer behind on a pooled thread.
            state.scopes.popTo(depth);
        }
    }
}
