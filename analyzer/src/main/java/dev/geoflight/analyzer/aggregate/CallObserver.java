package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallEvent;

/**
 * Sees every per-call event. Each chunk of a recording is observed by a {@link #fresh} observer
 * of its own, on the thread that reads it; the observers are then {@link #absorb absorbed} in
 * file order, so that what depends on the order of calls comes out as if one observer had seen
 * them all.
 *
 * <p>Not a {@code Consumer<CallEvent>}: a generic interface makes each implementation a bridge
 * method besides its own, and the JIT compiled both for every rule that observes calls.
 */
public interface CallObserver {
    void observe(CallEvent event);

    /** A new, empty observer of the same kind. */
    CallObserver fresh();

    /** Adds what {@code later}, a {@link #fresh} observer of calls that came after all of this one's, saw. */
    void absorb(CallObserver later);
}
