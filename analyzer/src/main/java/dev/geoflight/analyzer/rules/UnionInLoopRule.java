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
 * {@code acc = acc.union(next)} in a loop. JFR does not write a thread's events strictly in
 * order, so growth is judged by the correlation of input vertices with start time per (layer,
 * thread), which needs five running sums and no order.
 */
public final class UnionInLoopRule implements Rule {
    static final int MIN_UNIONS = 20;
    static final double MIN_CORRELATION = 0.8;

    private static final class Sequence {
        long unions;
        long baseNanos;
        double sumT;
        double sumV;
        double sumTT;
        double sumVV;
        double sumTV;
        long firstStart = Long.MAX_VALUE;
        long firstVertices;
        long lastStart = Long.MIN_VALUE;
        long lastVertices;

        void add(long start, long vertices) {
            if (unions++ == 0) {
                baseNanos = start;
            }
            double t = (start - baseNanos) / 1e3;
            sumT += t;
            sumV += vertices;
            sumTT += t * t;
            sumVV += (double) vertices * vertices;
            sumTV += t * vertices;
            if (start < firstStart) {
                firstStart = start;
                firstVertices = vertices;
            }
            if (start >= lastStart) {
                lastStart = start;
                lastVertices = vertices;
            }
        }

        double correlation() {
            double n = unions;
            double cov = sumTV - sumT * sumV / n;
            double varT = sumTT - sumT * sumT / n;
            double varV = sumVV - sumV * sumV / n;
            return varT <= 0 || varV <= 0 ? 0 : cov / Math.sqrt(varT * varV);
        }
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
        byLayerAndThread.computeIfAbsent(e.layer(), l -> new LinkedHashMap<>())
                .computeIfAbsent(e.thread(), t -> new Sequence())
                .add(e.startEpochNanos(), e.vertices());
    }

    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        List<Recommendation> result = new ArrayList<>();
        byLayerAndThread.forEach((layer, threads) -> {
            Sequence best = null;
            String bestThread = "";
            for (Map.Entry<String, Sequence> t : threads.entrySet()) {
                Sequence s = t.getValue();
                boolean loop = s.unions >= MIN_UNIONS && s.lastVertices > s.firstVertices
                        && s.correlation() >= MIN_CORRELATION;
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
                                "%,d unions on thread '%s'; input grew with time (correlation %.2f) from %,d to %,d vertices",
                                best.unions, bestThread, best.correlation(), best.firstVertices, best.lastVertices)));
            }
        });
        return result;
    }
}
