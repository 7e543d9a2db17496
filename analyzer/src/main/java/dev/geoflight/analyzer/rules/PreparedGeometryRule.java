package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
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

    private record Receiver(String operation, String layer, String geometryType,
                            double minX, double minY, double maxX, double maxY) {
        /*
         * Written out as the implicit ones compute them (the sketch places keys by this hash, so
         * it must not change): the implicit ones go through method handles, which run slowly
         * until the JIT has compiled them, and this runs for every predicate call.
         */
        @Override
        public int hashCode() {
            int h = (operation.hashCode() * 31 + layer.hashCode()) * 31 + geometryType.hashCode();
            return SpatialCalls.envelopeHash(h, minX, minY, maxX, maxY);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Receiver r && SpatialCalls.sameEnvelope(minX, minY, maxX, maxY, r.minX, r.minY, r.maxX, r.maxY)
                    && operation.equals(r.operation) && layer.equals(r.layer) && geometryType.equals(r.geometryType);
        }
    }

    private final SpatialCalls.Classifier classifier = new SpatialCalls.Classifier();
    private final HeavyHitters<Receiver> receivers = new HeavyHitters<>(1 << 12);

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
            receivers.add(new Receiver(e.operation(), e.layer(), e.geometryType(), e.minX(), e.minY(), e.maxX(), e.maxY()));
        }
    }

    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        // The most used receiver per (operation, layer) speaks for that pair.
        Map<String, Map.Entry<Receiver, Long>> top = new HashMap<>();
        receivers.counts().entrySet().stream()
                .filter(e -> e.getValue() >= MIN_CALLS_ON_ONE_GEOMETRY)
                .forEach(e -> top.merge(e.getKey().operation() + "\u0000" + e.getKey().layer(), e,
                        (a, b) -> a.getValue() >= b.getValue() ? a : b));
        List<Map.Entry<Receiver, Long>> hits = new ArrayList<>(top.values());
        hits.sort(Map.Entry.<Receiver, Long>comparingByValue(Comparator.reverseOrder()));
        List<Recommendation> result = new ArrayList<>();
        for (Map.Entry<Receiver, Long> hit : hits) {
            Receiver r = hit.getKey();
            String method = SpatialCalls.method(r.operation());
            result.add(new Recommendation(id(), r.operation(), r.layer(),
                    "The same " + (r.geometryType().isEmpty() ? "geometry" : r.geometryType()) + " is the receiver of "
                            + "many " + method + " calls in " + SpatialCalls.layerName(r.layer())
                            + ": prepare it once (PreparedGeometryFactory.prepare(g)) and call prepared." + method + "(...)",
                    String.format(java.util.Locale.ROOT, "%,d %s calls on one %s with envelope [%s %s, %s %s]",
                            hit.getValue(), method, r.geometryType(), Units.coordinate(r.minX()), Units.coordinate(r.minY()),
                            Units.coordinate(r.maxX()), Units.coordinate(r.maxY()))));
        }
        return result;
    }
}
