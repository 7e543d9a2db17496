package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.GroupKey;
import dev.geoflight.analyzer.aggregate.LatencyStats;
import dev.geoflight.analyzer.read.CallKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code spatial-index}: a layer makes many predicate calls and never queries a spatial index. */
public final class SpatialIndexRule implements Rule {
    static final long MIN_PREDICATES = 1000;

    @Override
    public String id() {
        return "spatial-index";
    }

    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        Map<String, Long> predicates = new LinkedHashMap<>();
        Map<String, Map<String, Long>> predicateOps = new LinkedHashMap<>();
        Map<String, Long> indexQueries = new LinkedHashMap<>();
        for (Map.Entry<GroupKey, LatencyStats> e : analysis.groups().entrySet()) {
            GroupKey key = e.getKey();
            long count = e.getValue().count();
            if (key.kind() == CallKind.OPERATION && SpatialCalls.isUnpreparedPredicate(key.operation())) {
                predicates.merge(key.layer(), count, Long::sum);
                predicateOps.computeIfAbsent(key.layer(), l -> new LinkedHashMap<>()).merge(key.operation(), count, Long::sum);
            } else if (key.kind() == CallKind.INDEX && !key.operation().endsWith(".build")) {
                indexQueries.merge(key.layer(), count, Long::sum);
            }
        }
        List<Recommendation> result = new ArrayList<>();
        predicates.entrySet().stream()
                .filter(p -> p.getValue() >= MIN_PREDICATES && indexQueries.getOrDefault(p.getKey(), 0L) == 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(p -> {
                    String top = predicateOps.get(p.getKey()).entrySet().stream()
                            .max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
                    result.add(new Recommendation(id(), top, p.getKey(),
                            "Many predicate calls and no spatial index in " + SpatialCalls.layerName(p.getKey())
                                    + ": put the candidates in an STRtree (or HPRtree) and test only what its query returns",
                            String.format(java.util.Locale.ROOT, "%,d predicate calls, most %s; 0 index queries",
                                    p.getValue(), top)));
                });
        return result;
    }
}
