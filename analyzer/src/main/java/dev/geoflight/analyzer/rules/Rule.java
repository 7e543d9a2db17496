package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.read.CallEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * A recommendation rule. Rules that need per-call detail observe every per-call event while the
 * recording streams by (keeping bounded state of their own); all rules then judge the analysis.
 */
public interface Rule extends Consumer<CallEvent> {

    String id();

    @Override
    default void accept(CallEvent event) {
    }

    /** Whether {@link #accept} does anything: only those rules are called for every event. */
    default boolean observesCalls() {
        return false;
    }

    List<Recommendation> evaluate(Analysis analysis);
}
