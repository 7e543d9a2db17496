package dev.geoflight.benchmarks;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The plain anchor of the analyzer benchmark: one thread, {@link RecordingFile#readEvent()} in a
 * loop, {@code geoflight.SpatialOperation} grouped by (operation, layer, complexity) with count,
 * total and maximum duration and allocated bytes. What anyone would write in ten minutes.
 */
public final class RecordingFileLoop {

    private RecordingFileLoop() {
    }

    static String read(Path file) throws IOException {
        Groups groups = new Groups();
        long all = 0;
        try (RecordingFile recording = new RecordingFile(file)) {
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                all++;
                if (event.getEventType().getName().equals("geoflight.SpatialOperation")) {
                    groups.add(event.getString("operation"), event.getString("layer"), event.getString("complexity"),
                            event.getDuration().toNanos(), event.getLong("allocated"));
                }
            }
        }
        return groups.summary(all);
    }

    public static void main(String[] args) throws IOException {
        System.out.println(read(Path.of(args[0])));
    }
}
