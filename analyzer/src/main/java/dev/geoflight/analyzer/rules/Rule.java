package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.CallObserver;
import dev.geoflight.analyzer.read.CallEvent;
import java.util.List;

/**
 * A recommendation rule. Rules that need per-call detail observe every per-call event while the
 * recording streams by (keeping bounded state of their own, per chunk, merged in file order);
 * all rules then judge the analysis.
 */
public interface Rule extends CallObserver {

    String id();

    @Override
    default void observe(CallEvent event) {
    }

    /** Whether {@link #observe} does anything: only those rules are called for every event. */
    default boolean observesCalls() {
        return false;
    }

    /** A rule that observes no calls keeps no state of them: itself will do. */
    @Override
    default Rule fresh() {
        return this;
    }

    @Override
    default void absorb(CallObserver later) {
    }

    List<Recommendation> evaluate(Analysis analysis);
}
