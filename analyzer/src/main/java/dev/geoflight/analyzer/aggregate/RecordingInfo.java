package dev.geoflight.analyzer.aggregate;

import java.util.List;

/** What was read: files, wall-clock span, the JVM that recorded, and the agent's version if it said. */
public record RecordingInfo(
        List<String> files,
        long startEpochNanos,
        long durationNanos,
        String jvm,
        String agentVersion,
        long statisticsRows,
        long callEvents) {
}
