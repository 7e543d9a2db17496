package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.CallObserver;
import dev.geoflight.analyzer.aggregate.HeavyHitters;
import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        Map<String, long[]> repeats = new LinkedHashMap<>(); // layer -> {repeats, distinct repeated, operation index}
        Map<String, String> operation = new LinkedHashMap<>();
        validated.counts().forEach((v, count) -> {
            if (count > 1) {
                long[] r = repeats.computeIfAbsent(v.layer, l -> new long[2]);
                r[0] += count - 1;
                r[1]++;
                operation.putIfAbsent(v.layer, v.operation);
            }
        });
        List<Recommendation> result = new ArrayList<>();
        repeats.forEach((layer, r) -> {
            long total = validationsByLayer.getOrDefault(layer, new long[1])[0];
            if (r[0] >= MIN_REPEATS && r[0] >= MIN_REPEATED_SHARE * total) {
                result.add(new Recommendation(id(), operation.get(layer), layer,
                        "The same geometries are validated again and again in " + SpatialCalls.layerName(layer)
                                + ": validate once when the geometry is created or loaded, and remember the result",
                        String.format(java.util.Locale.ROOT, "%,d of %,d validations repeat an earlier one (%,d distinct geometries)",
                                r[0], total, r[1])));
            }
        });
        return result;
    }
}
