package dev.geoflight.analyzer.report;

import dev.geoflight.analyzer.rules.Recommendation;
import java.util.List;

/**
 * The analysis as rows, in the contract's JSON shape: {@code analyze --format json} writes this
 * object; the text and HTML reports render the same rows.
 */
public record Report(
        Recording recording,
        List<HotspotRow> hotspots,
        List<HotspotRow> memory,
        List<LayerRow> layers,
        List<RepositoryRow> repositories,
        List<SlowCallRow> slowest,
        List<CallSiteRow> callSites,
        List<RegionRow> regions,
        List<Recommendation> recommendations,
        List<String> warnings) {

    /** Files, wall-clock start (ISO-8601), span, JVM and agent version ("" when the recording does not say). */
    public record Recording(List<String> files, String start, long durationNanos, String jvm, String agentVersion,
                            long statisticsRows, long callEvents) {
    }

    /** One (operation, layer, complexity); {@code share} is the share of all hotspot time. */
    public record HotspotRow(String operation, String kind, String layer, String complexity, long count,
                             long totalNanos, long meanNanos, long p50Nanos, long p95Nanos, long p99Nanos,
                             long maxNanos, long allocatedBytes, long bytesPerCall, double share) {
    }

    public record LayerRow(String layer, long count, long totalNanos, long meanNanos, long p95Nanos,
                           long allocatedBytes, double share, int operations) {
    }

    /** One repository method; {@code meanResults} is null when no call told its result count. */
    public record RepositoryRow(String repository, String method, String operation, String layer, long count,
                                long totalNanos, long meanNanos, long p95Nanos, long maxNanos, Double meanResults,
                                long allocatedBytes) {
    }

    /**
     * One call; coordinates are null when the event had none (NaN is not JSON), and so is
     * {@code allocatedBytes} when the event does not say (a kind without the field, or -1 from an
     * earlier agent that read the allocation of only some calls of cheap operations).
     */
    public record SlowCallRow(String operation, String kind, String layer, String complexity, long durationNanos,
                              String start, String thread, long vertices, String geometryType, Double minX,
                              Double minY, Double maxX, Double maxY, Long allocatedBytes, long results,
                              String callSite, String file) {
    }

    public record CallSiteRow(String callSite, long count, long totalNanos, long meanNanos, double share,
                              List<String> operations) {
    }

    /** One grid cell; {@code layer} is null for the grid over all layers, listed first. */
    public record RegionRow(String layer, double minX, double minY, double maxX, double maxY, long count,
                            long totalNanos, double share) {
    }
}
