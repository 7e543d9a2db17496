package dev.geoflight.it.harness;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** GeoFlight's events of one recording file, read with {@code jdk.jfr.consumer}. */
public final class Recorded {

    public static final String OPERATION = "geoflight.SpatialOperation";
    public static final String STATISTICS = "geoflight.OperationStatistics";
    public static final String INDEX_QUERY = "geoflight.IndexQuery";
    public static final String INDEX_BUILD = "geoflight.IndexBuild";
    public static final String IO = "geoflight.GeometryIO";

    private final List<RecordedEvent> events;

    private Recorded(List<RecordedEvent> events) {
        this.events = events;
    }

    public static Recorded read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new AssertionError("no recording was written to " + file);
        }
        try {
            return new Recorded(RecordingFile.readAllEvents(file).stream()
                    .filter(e -> e.getEventType().getName().startsWith("geoflight.")).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<RecordedEvent> all() {
        return events;
    }

    public List<RecordedEvent> named(String eventName) {
        return events.stream().filter(e -> e.getEventType().getName().equals(eventName)).toList();
    }

    /** SpatialOperation events, in commit order. */
    public List<RecordedEvent> operations() {
        return named(OPERATION);
    }

    /** SpatialOperation events of one operation, e.g. {@code Geometry.buffer}. */
    public List<RecordedEvent> operations(String operation) {
        return operations().stream().filter(e -> operation.equals(e.getString("operation"))).toList();
    }

    /** The only SpatialOperation event of one operation; fails when there is not exactly one. */
    public RecordedEvent single(String operation) {
        List<RecordedEvent> found = operations(operation);
        if (found.size() != 1) {
            throw new AssertionError("expected exactly one " + operation + " event, found " + found.size()
                    + "; operations recorded: " + countBy(operations(), e -> e.getString("operation")));
        }
        return found.get(0);
    }

    /** Per-call events counted by {@code operation|layer}. */
    public Map<String, Long> operationCountsByLayer() {
        return countBy(operations(), e -> e.getString("operation") + "|" + e.getString("layer"));
    }

    public List<RecordedEvent> statistics() {
        return named(STATISTICS);
    }

    public List<RecordedEvent> statistics(Predicate<RecordedEvent> filter) {
        return statistics().stream().filter(filter).toList();
    }

    /** Statistics counts summed over all periods by {@code operation|layer}, for one kind of row. */
    public Map<String, Long> statisticsCountsByLayer(String kind) {
        return statistics(e -> kind.equals(e.getString("kind"))).stream().collect(Collectors.groupingBy(
                e -> e.getString("operation") + "|" + e.getString("layer"), TreeMap::new,
                Collectors.summingLong(e -> e.getLong("count"))));
    }

    /** Statistics counts summed over all periods by operation alone, every kind. */
    public Map<String, Long> statisticsCountsByOperation() {
        return statistics().stream().collect(Collectors.groupingBy(e -> e.getString("operation"), TreeMap::new,
                Collectors.summingLong(e -> e.getLong("count"))));
    }

    public static Map<String, Long> countBy(List<RecordedEvent> list, Function<RecordedEvent, String> key) {
        return list.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }
}
