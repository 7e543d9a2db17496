package dev.geoflight.analyzer.bench;

import dev.geoflight.analyzer.read.OperationNames;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

/**
 * The yardstick the analyzer's throughput goal is measured against: a plain single-threaded
 * {@link RecordingFile} loop that only groups GeoFlight's events by (type, operation, layer,
 * complexity) and sums counts and durations. It does far less than {@code analyze}; the goal is
 * that {@code analyze} is still at least twice as fast.
 */
public final class RecordingFileBaseline {
    private RecordingFileBaseline() {
    }

    /** @return events grouped, so that the JIT cannot drop the loop */
    public static long run(Path file) throws IOException {
        Map<String, long[]> groups = new HashMap<>();
        long events = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String type = event.getEventType().getName();
                if (!OperationNames.isGeoFlightEvent(type)) {
                    continue;
                }
                String operation = event.hasField("operation") ? event.getString("operation") : type;
                String layer = event.hasField("layer") ? event.getString("layer") : "";
                String complexity = event.hasField("complexity") ? event.getString("complexity") : "";
                long[] sums = groups.computeIfAbsent(type + '|' + operation + '|' + layer + '|' + complexity, k -> new long[2]);
                if (type.equals(OperationNames.OPERATION_STATISTICS)) {
                    sums[0] += event.getLong("count");
                    sums[1] += event.getLong("totalTime");
                } else {
                    sums[0]++;
                    sums[1] += event.getDuration().toNanos();
                }
                events++;
            }
        }
        return events + groups.size();
    }
}
