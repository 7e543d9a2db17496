package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.CallObserver;
import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code union-in-loop}: many binary unions in one layer whose input keeps growing, the mark of
 * {@code acc = acc.union(next)} in a loop (restarted for each batch, so the sizes form a saw
 * tooth). JFR does not write a thread's events strictly in order, so each union is compared with
 * its predecessor by start time among the last {@value #WINDOW} unions of its (layer, thread):
 * in a loop, nearly every union has an input at least as large as the one before it (a next
 * geometry already covered by the accumulated one leaves the size flat for a step), and the
 * inputs grow overall.
 */
public final class UnionInLoopRule implements Rule {
    static final int MIN_UNIONS = 20;
    static final double MIN_GROWING_SHARE = 0.7;
    /** Largest input at least this many times the smallest: equal-sized unions are no loop. */
    static final double MIN_OVERALL_GROWTH = 2.0;
    static final int WINDOW = 16;
    static final int MAX_THREADS_PER_LAYER = 4096;

    /**
     * One (layer, thread)'s unions. A chunk's sequence compares each union with its predecessor
     * within the chunk, except the first {@value #WINDOW}: their predecessors may lie in earlier
     * chunks, so they are kept apart ({@code head}) and compared when the chunk's sequence is
     * {@link #absorb absorbed}, in file order, into the sequence of the chunks before it.
     */
    private static final class Sequence {
        final long[] headStarts = new long[WINDOW];
        final long[] headSizes = new long[WINDOW];
        /** The last {@value #WINDOW} unions, the n-th at n % WINDOW. */
        final long[] starts = new long[WINDOW];
        final long[] sizes = new long[WINDOW];
        long unions;
        long compared;
        long growing;
        long smallest = Long.MAX_VALUE;
        long largest;

        void add(long start, long vertices) {
            if (unions < WINDOW) {
                headStarts[(int) unions] = start;
                headSizes[(int) unions] = vertices;
            } else {
                compare(start, vertices);
            }
            remember(start, vertices);
        }

        void absorb(Sequence later) {
            long before = unions;
            int head = (int) Math.min(later.unions, WINDOW);
            for (int i = 0; i < head; i++) {
                compare(later.headStarts[i], later.headSizes[i]);
                remember(later.headStarts[i], later.headSizes[i]);
            }
            if (later.unions > WINDOW) {
                // later's n-th union is the (before + n)-th here: same slot modulo WINDOW, shifted by before
                for (int slot = 0; slot < WINDOW; slot++) {
                    int mine = (int) ((before + slot) % WINDOW);
                    starts[mine] = later.starts[slot];
                    sizes[mine] = later.sizes[slot];
                }
            }
            unions = before + later.unions;
            compared += later.compared;
            growing += later.growing;
            smallest = Math.min(smallest, later.smallest);
            largest = Math.max(largest, later.largest);
        }

        private void compare(long start, long vertices) {
            int known = (int) Math.min(unions, WINDOW);
            int predecessor = -1;
            for (int i = 0; i < known; i++) {
                if (starts[i] <= start && (predecessor < 0 || starts[i] > starts[predecessor])) {
                    predecessor = i;
                }
            }
            if (predecessor >= 0) {
                compared++;
                if (vertices >= sizes[predecessor]) {
                    growing++;
                }
            }
        }

        private void remember(long start, long vertices) {
            int slot = (int) (unions % WINDOW);
            starts[slot] = start;
            sizes[slot] = vertices;
            unions++;
            smallest = Math.min(smallest, vertices);
            largest = Math.max(largest, vertices);
        }

        double growingShare() {
            return compared == 0 ? 0 : (double) growing / compared;
        }

        boolean looksLikeALoop() {
            return unions >= MIN_UNIONS && growingShare() >= MIN_GROWING_SHARE
                    && largest >= MIN_OVERALL_GROWTH * Math.max(1, smallest);
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
    public void observe(CallEvent e) {
        if (e.kind() != CallKind.OPERATION || !e.operation().equals("Geometry.union") || e.argumentType().isEmpty()) {
            return;
        }
        Sequence sequence = sequence(e.layer(), e.thread());
        if (sequence != null) {
            sequence.add(e.startEpochNanos(), e.vertices());
        }
    }

    /** The sequence of a layer and thread; null past {@value #MAX_THREADS_PER_LAYER} threads in the layer. */
    private Sequence sequence(String layer, String thread) {
        Map<String, Sequence> threads = byLayerAndThread.computeIfAbsent(layer, l -> new LinkedHashMap<>());
        Sequence sequence = threads.get(thread);
        if (sequence == null && threads.size() < MAX_THREADS_PER_LAYER) { // thread names are unbounded (one per task in some pools)
            sequence = new Sequence();
            threads.put(thread, sequence);
        }
        return sequence;
    }

    @Override
    public UnionInLoopRule fresh() {
        return new UnionInLoopRule();
    }

    @Override
    public void absorb(CallObserver later) {
        ((UnionInLoopRule) later).byLayerAndThread.forEach((layer, threads) -> threads.forEach((thread, sequence) -> {
            Sequence mine = sequence(layer, thread);
            if (mine != null) {
                mine.absorb(sequence);
            }
        }));
    }

    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        List<Recommendation> result = new ArrayList<>();
        byLayerAndThread.forEach((layer, threads) -> {
            Sequence best = null;
            String bestThread = "";
            for (Map.Entry<String, Sequence> t : threads.entrySet()) {
                Sequence s = t.getValue();
                if (s.looksLikeALoop() && (best == null || s.unions > best.unions)) {
                    best = s;
                    bestThread = t.getKey();
                }
            }
            if (best != null) {
                result.add(new Recommendation(id(), "Geometry.union", layer,
                        "Geometries are unioned one by one into a growing result in " + SpatialCalls.layerName(layer)
                                + ": collect them and union once with UnaryUnionOp.union(list) or CascadedPolygonUnion",
                        String.format(java.util.Locale.ROOT,
                                "%,d unions on thread '%s'; %.0f%% had an input at least as large as the union before them;"
                                        + " inputs from %,d to %,d vertices",
                                best.unions, bestThread, best.growingShare() * 100, best.smallest, best.largest)));
            }
        });
        return result;
    }
}
