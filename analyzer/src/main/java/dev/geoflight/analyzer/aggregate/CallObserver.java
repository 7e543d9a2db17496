package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallEvent;

/**
 * Sees every per-call event, in file order. Not a {@code Consumer<CallEvent>}: a generic
 * interface makes each implementation a bridge method besides its own, and the JIT compiled both
 * for every rule that observes calls (twice the compile time, during the read).
 */
public interface CallObserver {
    void observe(CallEvent event);
}
