package dev.geoflight.analyzer.rules;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.GroupKey;
import dev.geoflight.analyzer.aggregate.LatencyStats;
import dev.geoflight.analyzer.report.Units;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** {@code allocation-heavy}: calls of one row allocate a lot per call. */
public final class AllocationHeavyRule implements Rule {
    static final long MIN_BYTES_PER_CALL = 1024 * 1024;
    static final long MIN_CALLS = 10;

    @Override
    public String id() {
        return "allocation-heavy";
    }

    @Override
    public List<Recommendation> evaluate(Analysis analysis) {
        List<Recommendation> result = new ArrayList<>();
        analysis.groups().entrySet().stream()
                .filter(e -> SpatialCalls.isHotspot(e.getKey()) && e.getValue().count() >= MIN_CALLS
                        && e.getValue().bytesPerCall() >= MIN_BYTES_PER_CALL)
                .sorted(Map.Entry.<GroupKey, LatencyStats>comparingByValue(
                        Comparator.comparingLong(LatencyStats::allocatedBytes)).reversed())
                .forEach(e -> result.add(new Recommendation(id(), e.getKey().operation(), e.getKey().layer(),
                        "Each call allocates a lot: reuse results, avoid copying coordinates (e.g. getCoordinates()),"
                                + " and prefer prepared or indexed operations that build less per call",
                        String.format(java.util.Locale.ROOT, "%s per call over %,d calls (%s in all)%s",
                                Units.bytes(e.getValue().bytesPerCall()), e.getValue().count(),
                                Units.bytes(e.getValue().allocatedBytes()),
                                e.getKey().complexity().isEmpty() ? "" : ", " + e.getKey().complexity() + " inputs"))));
        return result;
    }
}
