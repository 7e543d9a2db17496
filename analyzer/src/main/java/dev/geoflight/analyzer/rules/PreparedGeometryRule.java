package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.CallObserver;
import dev.geoflight.analyzer.aggregate.HeavyHitters;
import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.report.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code prepared-geometry}: one receiver geometry is tested in many predicate calls. Events carry
 * no object identity, so a receiver is recognized by its type and exact envelope.
 */
public final class PreparedGeometryRule implements Rule {
    static final long MIN_CALLS_ON_ONE_GEOMETRY = 50;

    /** Most calls first; ties by name and envelope, so that the sketch's hash order never shows. */
    private static final Comparator<Map.Entry<GeometryKey, Long>> MOST_CALLS_FIRST =
            Map.Entry.<GeometryKey, Long>comparingByValue(Comparator.reverseOrder())
                    .thenComparing(e -> e.getKey().layer)
                    .thenComparing(e -> e.getKey().operation)
                    .thenComparing(e -> e.getKey().geometryType)
                    .thenComparingDouble(e -> e.getKey().minX)
                    .thenComparingDouble(e -> e.getKey().minY)
                    .thenComparingDouble(e -> e.getKey().maxX)
                    .thenComparingDouble(e -> e.getKey().maxY);

    private final SpatialCalls.Classifier classifier = new SpatialCalls.Classifier();
    private final HeavyHitters<GeometryKey> receivers = new HeavyHitters<>(1 << 12);
    private final GeometryKey probe = new GeometryKey();

    @Override
    public String id() {
        return "prepared-geometry";
    }

    @Override
    public boolean observesCalls() {
        return true;
    }

    @Override
    public void observe(CallEvent e) {
        if (e.kind() == CallKind.OPERATION && e.hasBoundingBox() && (classifier.classOf(e.operation()) & SpatialCalls.PREDICATE) != 0) {
            receivers.add(probe.of(e, 0), GeometryKey::copy);
        }
    }

    @Override
    public PreparedGeometryRule fresh() {
        return new PreparedGeometryRule();
    }

    @Override
    public void absorb(CallObserver later) {
        receivers.absorb(((PreparedGeometryRule) later).receivers);
    }

    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        // The most used receiver per (operation, layer) speaks for that pair.
        Map<String, Map.Entry<GeometryKey, Long>> top = new HashMap<>();
        receivers.counts().entrySet().stream()
                .filter(e -> e.getValue() >= MIN_CALLS_ON_ONE_GEOMETRY)
                .forEach(e -> top.merge(e.getKey().operation + "\u0000" + e.getKey().layer, e,
                        (a, b) -> MOST_CALLS_FIRST.compare(a, b) <= 0 ? a : b));
        List<Map.Entry<GeometryKey, Long>> hits = new ArrayList<>(top.values());
        hits.sort(MOST_CALLS_FIRST);
        List<Recommendation> result = new ArrayList<>();
        for (Map.Entry<GeometryKey, Long> hit : hits) {
            GeometryKey r = hit.getKey();
            String method = SpatialCalls.method(r.operation);
            result.add(new Recommendation(id(), r.operation, r.layer,
                    "The same " + (r.geometryType.isEmpty() ? "geometry" : r.geometryType) + " is the receiver of "
                            + "many " + method + " calls in " + SpatialCalls.layerName(r.layer)
                            + ": prepare it once (PreparedGeometryFactory.prepare(g)) and call prepared." + method + "(...)",
                    String.format(java.util.Locale.ROOT, "%,d %s calls on one %s with envelope [%s %s, %s %s]",
                            hit.getValue(), method, r.geometryType, Units.coordinate(r.minX), Units.coordinate(r.minY),
                            Units.coordinate(r.maxX), Units.coordinate(r.maxY))));
        }
        return result;
    }
}
