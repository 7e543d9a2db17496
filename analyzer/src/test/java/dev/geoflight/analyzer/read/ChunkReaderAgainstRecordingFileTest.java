package dev.geoflight.analyzer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.geoflight.analyzer.TestRecording;
import dev.geoflight.events.OperationStatisticsEvent;
import dev.geoflight.events.SpatialOperationEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fast chunk reader must deliver exactly what the JDK's RecordingFile delivers: same events,
 * same fields, same stack traces, same order.
 */
class ChunkReaderAgainstRecordingFileTest {
    @TempDir
    Path dir;

    private void assertSameAsRecordingFile(Path file) throws Exception {
        RecordedVisits expected = RecordedVisits.of(new JdkRecordingReader(), file);
        RecordedVisits actual = RecordedVisits.of(new ChunkRecordingReader(), file);
        actual.assertSameAs(expected);
    }

    @Test
    void everyGeoFlightEventType() throws Exception {
        Path file = TestRecording.record(dir.resolve("all.jfr"), e -> {
            e.stats("operation", "Geometry.buffer", "roads", "complex", 3, 300, 120, 4096, 90, 100, 110);
            e.stats("io", "WKTReader.read", "", "simple", 1, 10, 10, 0);
            e.operation("Geometry.intersects", "rö∂s ✓", "simple", 1.5, -2.25, 3e10, Double.NaN, 12, 64, "Polygon", "Point", 0);
            e.repository("com.acme.RoadRepository", "findNear", "roads", 17, 2048, 0);
            e.indexQuery("STRtree", "roads", 9);
            // -1 (results went to a visitor, or a stream): JFR writes ints unsigned, readers must narrow them back
            e.indexQuery("Quadtree", "roads", -1);
            e.repository("com.acme.RoadRepository", "streamNear", "roads", -1, 512, 0);
            e.indexBuild("HPRtree", "parcels", 1000);
            e.io("WKB", "write", "", 42, 0);
            e.io("GeoJSON", "read", "zones", 7, 0);
        });
        RecordedVisits visits = RecordedVisits.of(new ChunkRecordingReader(), file);
        assertThat(visits.calls()).isEqualTo(8);
        assertThat(visits.events()).filteredOn(event -> event.operation().equals("Quadtree.query"))
                .extracting(CallEvent::results).containsExactly(-1L);
        assertThat(visits.statistics()).isEqualTo(2);
        assertSameAsRecordingFile(file);
    }

    @Test
    void manyThreadsAndStackTraces() throws Exception {
        Path file = TestRecording.record(dir.resolve("threads.jfr"), e -> {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int id = t;
                threads.add(new Thread(() -> {
                    TestRecording.Events events = new TestRecording.Events();
                    for (int i = 0; i < 500; i++) {
                        events.operation(i % 2 == 0 ? "Geometry.union" : "Geometry.contains", "layer" + id, "medium",
                                i, id, i + 1, id + 1, i, i, "Polygon", "Polygon", 0);
                    }
                }, "worker-" + t));
            }
            threads.forEach(Thread::start);
            threads.forEach(thread -> {
                try {
                    thread.join();
                } catch (InterruptedException ex) {
                    throw new IllegalStateException(ex);
                }
            });
        });
        assertThat(RecordedVisits.of(new ChunkRecordingReader(), file).calls()).isEqualTo(2000);
        assertSameAsRecordingFile(file);
    }

    /** The JDK's own events of the profile settings are skipped whatever their shape. */
    @Test
    void geoFlightEventsAmongTheJdksProfileEvents() throws Exception {
        Path file = dir.resolve("profile.jfr");
        try (Recording recording = new Recording(Configuration.getConfiguration("profile"))) {
            recording.enable(SpatialOperationEvent.class).withThreshold(Duration.ZERO).withStackTrace();
            recording.enable(OperationStatisticsEvent.class);
            recording.start();
            TestRecording.Events events = new TestRecording.Events();
            for (int i = 0; i < 200; i++) {
                events.operation("Geometry.buffer", "roads", "medium", i, i, i + 1, i + 1, 100, 1024, "Polygon", "", 10_000);
                byte[][] garbage = new byte[100][];
                for (int j = 0; j < garbage.length; j++) {
                    garbage[j] = new byte[1024]; // some allocation and GC events to skip
                }
            }
            events.stats("operation", "Geometry.buffer", "roads", "medium", 200, 1, 1, 1);
            recording.stop();
            recording.dump(file);
        }
        RecordedVisits visits = RecordedVisits.of(new ChunkRecordingReader(), file);
        assertThat(visits.calls()).isEqualTo(200);
        assertThat(visits.otherEvents()).isPositive();
        assertSameAsRecordingFile(file);
    }

    @Test
    void truncatedFileYieldsTheCompleteChunks() throws Exception {
        Path a = TestRecording.record(dir.resolve("a.jfr"), e -> e.stats("operation", "Geometry.buffer", "", "simple", 1, 1, 1, 1));
        Path b = TestRecording.record(dir.resolve("b.jfr"), e -> e.stats("operation", "Geometry.buffer", "", "simple", 2, 2, 2, 2));
        byte[] first = Files.readAllBytes(a);
        byte[] second = Files.readAllBytes(b);
        byte[] joined = java.util.Arrays.copyOf(first, first.length + second.length - 100);
        System.arraycopy(second, 0, joined, first.length, second.length - 100);
        Path cut = Files.write(dir.resolve("cut.jfr"), joined);
        RecordedVisits visits = RecordedVisits.of(new ChunkRecordingReader(), cut);
        assertThat(visits.statistics()).isEqualTo(1);
        assertThat(visits.visits().get(visits.visits().size() - 1))
                .isEqualTo("truncated 1 " + first.length + " " + joined.length);
        assertSameAsRecordingFile(cut);
    }
}
