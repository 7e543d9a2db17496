package dev.geoflight.agent.runtime;

import dev.geoflight.internal.ThreadState;

/**
 * What layer advice calls: push a layer when a method starts, pop back when it ends. Marks are
 * one above the stack size, so the 0 that suppressed enter advice returns after a failure pops nothing.
 */
public final class Layers {

    private Layers() {
    }

    /** {@code @SpatialLayer}: same precedence as {@code GeoFlight.layer}. */
    public static int enterScope(String layer) {
        return ThreadState.current().scopes.push(layer) + 1;
    }

    public static void exitScope(int mark) {
        if (mark > 0) {
            ThreadState.current().scopes.popTo(mark - 1);
        }
    }

    /** The {@code layers} option: lowest precedence, below scopes and repositories. */
    public static int enterClass(String layer) {
        return ThreadState.current().classes.push(layer) + 1;
    }

    public static void exitClass(int mark) {
        if (mark > 0) {
            ThreadState.current().classes.popTo(mark - 1);
        }
    }
}
