package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.CallObserver;
import dev.geoflight.analyzer.aggregate.HeavyHitters;
import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code repeated-validation}: the same geometries (same type, envelope and vertex count) are
 * validated again and again in one layer.
 */
public final class RepeatedValidationRule implements Rule {
    static final long MIN_REPEATS = 10;
    /** A quarter of all validations being repeats is work worth saving. */
    static final double MIN_REPEATED_SHARE = 0.25;

    private final SpatialCalls.Classifier classifier = new SpatialCalls.Classifier();
    private final HeavyHitters<GeometryKey> validated = new HeavyHitters<>(1 << 12);
    private final GeometryKey probe = new GeometryKey();
    private final Map<String, long[]> validationsByLayer = new LinkedHashMap<>();

    @Override
    public String id() {
        return "repeated-validation";
    }

    @Override
    public boolean observesCalls() {
        return true;
    }

    @Override
    public void observe(CallEvent e) {
        if (e.kind() == CallKind.OPERATION && (classifier.classOf(e.operation()) & SpatialCalls.VALIDATION) != 0) {
            validated.add(probe.of(e, e.vertices()), GeometryKey::copy);
            validationsByLayer.computeIfAbsent(e.layer(), l -> new long[1])[0]++;
        }
    }

    @Override
    public RepeatedValidationRule fresh() {
        return new RepeatedValidationRule();
    }

    @Override
    public void absorb(CallObserver later) {
        RepeatedValidationRule rule = (RepeatedValidationRule) later;
        validated.absorb(rule.validated);
        rule.validationsByLayer.forEach((layer, count) -> validationsByLayer.computeIfAbsent(layer, l -> new long[1])[0] += count[0]);
    }

    /** One layer's repeated validations: in all, of how many geometries, and per operation. */
    private static final class Repeats {
        long repeats;
        long geometries;
        final Map<String, Long> byOperation = new TreeMap<>();
    }

    /** Most repeats first, then by layer; each layer named by its most repeated operation (ties: by name). */
    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        Map<String, Repeats> byLayer = new TreeMap<>();
        validated.counts().forEach((v, count) -> {
            if (count > 1) {
                Repeats r = byLayer.computeIfAbsent(v.layer, l -> new Repeats());
                r.repeats += count - 1;
                r.geometries++;
                r.byOperation.merge(v.operation, count - 1, Long::sum);
            }
        });
        List<Map.Entry<String, Repeats>> layers = new ArrayList<>(byLayer.entrySet());
        layers.sort(Comparator.comparingLong((Map.Entry<String, Repeats> e) -> e.getValue().repeats).reversed());
        List<Recommendation> result = new ArrayList<>();
        for (Map.Entry<String, Repeats> entry : layers) {
            String layer = entry.getKey();
            Repeats r = entry.getValue();
            long total = validationsByLayer.getOrDefault(layer, new long[1])[0];
            if (r.repeats >= MIN_REPEATS && r.repeats >= MIN_REPEATED_SHARE * total) {
                String operation = Collections.max(r.byOperation.entrySet(), Map.Entry.comparingByValue()).getKey();
                result.add(new Recommendation(id(), operation, layer,
                        "The same geometries are validated again and again in " + SpatialCalls.layerName(layer)
                                + ": validate once when the geometry is created or loaded, and remember the result",
                        String.format(java.util.Locale.ROOT, "%,d of %,d validations repeat an earlier one (%,d distinct geometries)",
                                r.repeats, total, r.geometries)));
            }
        }
        return result;
    }
}
