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
 * order, and wall-clock gaps are noisy, so growth is judged by rank concordance: each union is
 * compared with the previous {@value #WINDOW} of its (layer, thread), and a pair is concordant
 * when the later call (by start time) had the larger input.
 */
public final class UnionInLoopRule implements Rule {
    static final int MIN_UNIONS = 20;
    static final double MIN_CONCORDANCE = 0.8;
    static final int WINDOW = 16;

    private static final class Sequence {
        final long[] starts = new long[WINDOW];
        final long[] sizes = new long[WINDOW];
        long unions;
        long concordant;
        long discordant;
        long firstStart = Long.MAX_VALUE;
        long firstVertices;
        long lastStart = Long.MIN_VALUE;
        long lastVertices;

        void add(long start, long vertices) {
            int known = (int) Math.min(unions, WINDOW);
            for (int i = 0; i < known; i++) {
                long dt = Long.compare(start, starts[i]);
                long dv = Long.compare(vertices, sizes[i]);
                if (dt * dv > 0) {
                    concordant++;
                } else if (dt * dv < 0) {
                    discordant++;
                }
            }
            int slot = (int) (unions % WINDOW);
            starts[slot] = start;
            sizes[slot] = vertices;
            unions++;
            if (start < firstStart) {
                firstStart = start;
                firstVertices = vertices;
            }
            if (start >= lastStart) {
                lastStart = start;
                lastVertices = vertices;
            }
        }

        double concordance() {
            long pairs = concordant + discordant;
            return pairs == 0 ? 0 : (double) concordant / pairs;
        }
    }

    private final Map<String, Map<String, Sequence>> byLayerAndThread = new LinkedHashMap<>();

    @Override
    public String id() {
        return "union-in-loop";
    }

    @Override
    public boolean observesCalls() {
        return true;
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
                        && s.concordance() >= MIN_CONCORDANCE;
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
                                "%,d unions on thread '%s'; a later union had the larger input in %.0f%% of compared pairs;"
                                        + " input grew from %,d to %,d vertices",
                                best.unions, bestThread, best.concordance() * 100, best.firstVertices, best.lastVertices)));
            }
        });
        return result;
    }
}
