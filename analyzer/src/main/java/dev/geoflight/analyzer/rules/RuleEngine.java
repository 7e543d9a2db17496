package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import java.util.ArrayList;
import java.util.List;

/** The seven rules, in the order their advice is listed. A new engine per analysis: rules keep state. */
public final class RuleEngine {
    private final List<Rule> rules = List.of(
            new SpatialIndexRule(), new PreparedGeometryRule(), new UnionInLoopRule(), new SimplifyFirstRule(),
            new WkbOverWktRule(), new RepeatedValidationRule(), new AllocationHeavyRule());

    /** The rules that observe per-call events, to hand to the aggregation. */
    public List<Rule> observers() {
        return rules.stream().filter(Rule::observesCalls).toList();
    }

    public List<Recommendation> evaluate(Analysis analysis) {
        List<Recommendation> all = new ArrayList<>();
        for (Rule rule : rules) {
            all.addAll(rule.evaluate(analysis));
        }
        return all;
    }
}
