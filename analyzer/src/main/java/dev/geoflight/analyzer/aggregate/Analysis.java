package dev.geoflight.analyzer.aggregate;

import java.util.List;
import java.util.Map;

/**
 * Everything the reports and rules need, after all files were read. Groups of every kind are
 * here; {@code hotspots} leave out repository calls, whose time already contains the JTS calls
 * they make.
 *
 * @param repositoryClasses full class name per repository operation name ({@code Simple.method})
 * @param regionsByLayer    one grid per layer, layers in first-seen order
 */
public record Analysis(
        RecordingInfo recording,
        Map<GroupKey, LatencyStats> groups,
        Map<String, String> repositoryClasses,
        List<SlowestCalls.SlowCall> slowest,
        Map<String, CallSiteStats> callSites,
        List<RegionGrid.Cell> regions,
        Map<String, List<RegionGrid.Cell>> regionsByLayer,
        List<String> warnings) {
}
