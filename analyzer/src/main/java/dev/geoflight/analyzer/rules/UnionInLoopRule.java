package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code union-in-loop}: many binary unions in one layer whose input keeps growing, the mark of
 * {@code acc = acc.union(next)} in a loop. Growth is followed per (layer, thread) in event order.
 */
public final class UnionInLoopRule implements Rule {
    static final int MIN_UNIONS = 20;
    static final double MIN_GROWING_SHARE = 0.7;

    private static final class Sequence {
        long unions;
        long growing;
        long previousVertices = -1;
        long firstVertices = -1;
        long lastVertices;
    }

    private final Map<String, Map<String, Sequence>> byLayerAndThread = new LinkedHashMap<>();

    @Override
    public String id() {
        return "union-in-loop";
    }

    @Override
    public void accept(CallEvent e) {
        if (e.kind() != CallKind.OPERATION || !e.operation().equals("Geometry.union") || e.argumentType().isEmpty()) {
            return;
        }
        Sequence s = byLayerAndThread.computeIfAbsent(e.layer(), l -> new LinkedHashMap<>())
                .computeIfAbsent(e.thread(), t -> new Sequence());
        s.unions++;
        if (s.previousVertices >= 0 && e.vertices() > s.previousVertices) {
            s.growing++;
        }
        if (s.firstVertices < 0) {
            s.firstVertices = e.vertices();
        }
        s.previousVertices = e.vertices();
        s.lastVertices = e.vertices();
    }

    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        List<Recommendation> result = new ArrayList<>();
        byLayerAndThread.forEach((layer, threads) -> {
            Sequence best = null;
            String bestThread = "";
            for (Map.Entry<String, Sequence> t : threads.entrySet()) {
                Sequence s = t.getValue();
                boolean loop = s.unions >= MIN_UNIONS && s.growing >= MIN_GROWING_SHARE * (s.unions - 1);
                if (loop && (best == null || s.unions > best.unions)) {
                    best = s;
                    bestThread = t.getKey();
                }
            }
            if (best != null) {
                result.add(new Recommendation(id(), "Geometry.union", layer,
                        "Geometries are unioned one by one into a growing result in " + SpatialCalls.layerName(layer)
                                + ": collect them and union once with UnaryUnionOp.union(list) or CascadedPolygonUnion",
                        String.format(java.util.Locale.ROOT,
                                "%,d unions on thread '%s', input grew in %,d of them from %,d to %,d vertices",
                                best.unions, bestThread, best.growing, best.firstVertices, best.lastVertices)));
            }
        });
        return result;
    }
}
