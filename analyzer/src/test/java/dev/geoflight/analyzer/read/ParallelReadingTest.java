package dev.geoflight.analyzer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.geoflight.analyzer.TestRecording;
import dev.geoflight.analyzer.pipeline.RecordingAnalyzer;
import dev.geoflight.analyzer.report.JsonReport;
import dev.geoflight.analyzer.report.Report;
import dev.geoflight.analyzer.report.ReportBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chunks parsed into parts of their own, on one thread or several, and merged give the report of
 * the JDK's reader, which knows no chunks and feeds the whole file event by event to one part,
 * down to what depends on the order of events: statistics rows that start in a later chunk than
 * the calls they count, the first repository class of a name, region grids that grow in later
 * chunks, a union loop and repeated validations that run across chunks, the slowest calls.
 */
class ParallelReadingTest {
    @TempDir
    static Path dir;
    static Path joined;

    @BeforeAll
    static void record() throws Exception {
        List<Consumer<TestRecording.Events>> chunks = List.of(
                e -> { // calls before any statistics row
                    calls(e, "roads", 0, 1500);
                    for (int i = 0; i < 10; i++) {
                        e.repository("com.a.ParcelRepository", "findNear", "parcels", 3, 100, 0);
                    }
                },
                e -> { // rows for operations and repositories start here, after calls of the first chunk
                    e.stats("operation", "Geometry.intersects", "roads", "simple", 4000, 4_000_000, 5_000, 0);
                    e.stats("repository", "ParcelRepository.findNear", "parcels", "", 20, 2_000_000, 200_000, 0);
                    calls(e, "parcels", 1500, 1500);
                    for (int i = 0; i < 12; i++) {
                        e.operation("Geometry.union", "water", "complex", 0, 0, 1, 1, 100 + 50 * i, 0, "Polygon", "Polygon", 0);
                    }
                    for (int i = 0; i < 10; i++) {
                        e.repository("com.b.ParcelRepository", "findNear", "parcels", 5, 100, 0);
                    }
                },
                e -> { // operations before this chunk's own rows; index queries with results and no rows yet
                    calls(e, "roads", 3000, 1500);
                    for (int i = 0; i < 12; i++) {
                        e.operation("Geometry.union", "water", "complex", 0, 0, 1, 1, 700 + 50 * i, 0, "Polygon", "Polygon", 0);
                        e.operation("Geometry.isValid", "water", "complex", 5, 5, 6, 6, 400, 0, "Polygon", "", 0);
                        e.indexQuery("STRtree", "roads", i);
                    }
                    e.stats("operation", "Geometry.intersects", "parcels", "simple", 1500, 1_500_000, 5_000, 0);
                },
                e -> { // far away: the region grids grow; the slowest calls
                    calls(e, "roads", 100_000, 1500);
                    for (int i = 0; i < 30; i++) {
                        e.operation("Geometry.buffer", "roads", "medium", i, i, i + 1, i + 1, 50, 4096, "Polygon", "", 200_000);
                    }
                    e.stats("index", "STRtree.query", "roads", "", 12, 120_000, 10_000, 0);
                });
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < chunks.size(); i++) {
            bytes.write(Files.readAllBytes(TestRecording.record(dir.resolve("chunk" + i + ".jfr"), chunks.get(i))));
        }
        joined = Files.write(dir.resolve("joined.jfr"), bytes.toByteArray());
    }

    private static void calls(TestRecording.Events e, String layer, double at, int count) {
        for (int i = 0; i < count; i++) {
            double x = at + i % 97;
            double y = at + i % 89;
            e.operation("Geometry.intersects", layer, "simple", x, y, x + 1, y + 1, 5, 64, "Polygon", "Point", 0);
        }
    }

    private static String report(RecordingReader reader) throws Exception {
        RecordingAnalyzer.Result result = new RecordingAnalyzer(reader, null).analyze(List.of(joined), 20);
        Report report = new ReportBuilder(20).build(result.analysis(), result.recommendations());
        return new JsonReport().render(report);
    }

    @Test
    void partsPerChunkReportWhatOnePassOverTheFileReports() throws Exception {
        String onePass = withoutStartTimes(report(new JdkRecordingReader()));
        assertThat(onePass).contains("\"callEvents\" : 6098", "\"rule\" : \"union-in-loop\"",
                "\"rule\" : \"repeated-validation\"", "\"repository\" : \"com.a.ParcelRepository\"", "\"STRtree.query\"");
        assertThat(withoutStartTimes(report(new ChunkRecordingReader(1)))).isEqualTo(onePass);
        assertThat(withoutStartTimes(report(new ChunkRecordingReader(2)))).isEqualTo(onePass);
        assertThat(withoutStartTimes(report(new ChunkRecordingReader(4)))).isEqualTo(onePass);
    }

    /**
     * In files made by joining recordings, RecordingFile converts the later chunks' ticks to
     * times some 20 ns off the chunk reader's: start times are compared on single recordings in
     * ChunkReaderAgainstRecordingFileTest instead.
     */
    private static String withoutStartTimes(String json) {
        return json.replaceAll("\"start\" : \"[^\"]*\"", "\"start\" : \"\"");
    }

    @Test
    void readersAheadOfTheReadingThreadWaitWithoutDeadlock() throws Exception {
        // One chunk of read-ahead: every reader thread waits until the chunk before its own is merged.
        assertThat(report(new ChunkRecordingReader(3, 1))).isEqualTo(report(new ChunkRecordingReader(1)));
    }
}
