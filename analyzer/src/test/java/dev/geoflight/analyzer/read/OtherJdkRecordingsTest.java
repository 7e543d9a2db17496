package dev.geoflight.analyzer.read;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.analyzer.Cli;
import dev.geoflight.events.SpatialOperationEvent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recordings written by other JVMs: JDK 17 (this build's) and JDK 25 (Temurin), each with the
 * JDK's profile settings (hundreds of JDK event types to skip) and GeoFlight's events.
 */
class OtherJdkRecordingsTest {
    static final Path JDK_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    /** Runs in the recorded JVM (source-file mode): 42 buffers in 'rivers', a statistics row, then exit. */
    static final String PROGRAM = """
            import dev.geoflight.events.*;
            import java.time.Duration;
            import jdk.jfr.Recording;

            public class Emit {
                public static void main(String[] args) throws Exception {
                    try (Recording detail = new Recording()) {
                        detail.enable(SpatialOperationEvent.class).withThreshold(Duration.ZERO).withStackTrace();
                        detail.enable(OperationStatisticsEvent.class);
                        detail.start();
                        for (int i = 0; i < 42; i++) {
                            SpatialOperationEvent e = new SpatialOperationEvent();
                            e.begin();
                            e.operation = "Geometry.buffer";
                            e.layer = "rivers";
                            e.complexity = "medium";
                            e.geometryType = "LineString";
                            e.argumentType = "";
                            e.minX = i; e.minY = 0; e.maxX = i + 1; e.maxY = 1;
                            e.vertices = 200;
                            e.allocated = 4096;
                            e.resultVertices = 300;
                            e.commit();
                        }
                        OperationStatisticsEvent s = new OperationStatisticsEvent();
                        s.kind = "operation"; s.operation = "Geometry.buffer"; s.layer = "rivers"; s.complexity = "medium";
                        s.count = 42; s.totalTime = 42_000_000; s.maxTime = 3_000_000; s.allocated = 42 * 4096; s.histogram = "";
                        s.commit();
                        detail.stop();
                    }
                }
            }
            """;

    @TempDir
    Path dir;

    private Path record(Path javaHome, String name) throws Exception {
        Path source = Files.writeString(dir.resolve("Emit.java"), PROGRAM);
        Path events = Path.of(SpatialOperationEvent.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path recording = dir.resolve(name);
        Process process = new ProcessBuilder(javaHome.resolve("bin/java").toString(),
                "-XX:StartFlightRecording:filename=" + recording + ",settings=profile", "-cp", events.toString(),
                source.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve(name + ".log").toFile()).start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve(name + ".log"))).isZero();
        return recording;
    }

    private void assertAnalyzed(Path recording) throws Exception {
        Cli cli = Cli.run("analyze", recording.toString(), "--format", "json");
        assertThat(cli.status()).as(cli.err()).isZero();
        JsonNode json = cli.json();
        JsonNode top = json.get("hotspots").get(0);
        assertThat(top.get("operation").asText()).isEqualTo("Geometry.buffer");
        assertThat(top.get("layer").asText()).isEqualTo("rivers");
        assertThat(top.get("count").asLong()).isEqualTo(42);
        assertThat(top.get("totalNanos").asLong()).isEqualTo(42_000_000);
        assertThat(json.get("recording").get("callEvents").asLong()).isEqualTo(42);
        assertThat(json.get("slowest").get(0).get("callSite").asText()).startsWith("Emit.main:");
        assertThat(json.get("recording").get("jvm").asText()).isNotEmpty();

        RecordedVisits fast = RecordedVisits.of(new ChunkRecordingReader(), recording);
        assertThat(fast.otherEvents()).as("the JDK's own events, skipped").isGreaterThan(100);
        fast.assertSameAs(RecordedVisits.of(new JdkRecordingReader(), recording));
    }

    @Test
    void jdk17Recording() throws Exception {
        assertAnalyzed(record(Path.of(System.getProperty("java.home")), "jdk-this.jfr"));
    }

    @Test
    void jdk25Recording() throws Exception {
        Assumptions.assumeTrue(Files.isExecutable(JDK_25.resolve("bin/java")), "JDK 25 not installed at " + JDK_25);
        Path recording = record(JDK_25, "jdk25.jfr");
        assertAnalyzed(recording);
        assertThat(Cli.run("analyze", recording.toString()).out()).contains("25.");
    }
}
