package dev.geoflight.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.analyzer.Cli;
import dev.geoflight.analyzer.TestRecording;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze} on a recording of 3 operations × 2 layers with exact statistics. */
class AnalyzeCommandTest {
    static final long MS = 1_000_000;
    static final long MIB = 1024 * 1024;

    @TempDir
    static Path dir;
    static Path recording;

    /**
     * Six groups; each is written as two statistics rows (two periods) so that the sums are tested.
     * Total time order: buffer/roads/complex 770 ms > intersects/roads 500 > intersects/parcels 150
     * > union/roads 100 > buffer/parcels 50 > union/parcels 20.
     */
    @BeforeAll
    static void record() {
        recording = TestRecording.record(dir.resolve("workload.jfr"), e -> {
            long[] buffer = LongStream.concat(LongStream.generate(() -> 3 * MS).limit(190),
                    LongStream.generate(() -> 20 * MS).limit(10)).toArray();
            e.stats("operation", "Geometry.buffer", "roads", "complex", 120, 120 * 3 * MS, 3 * MS, 120 * 2 * MIB,
                    java.util.Arrays.copyOfRange(buffer, 0, 120));
            e.stats("operation", "Geometry.buffer", "roads", "complex", 80, 70 * 3 * MS + 10 * 20 * MS, 20 * MS, 80 * 2 * MIB,
                    java.util.Arrays.copyOfRange(buffer, 120, 200));
            e.stats("operation", "Geometry.intersects", "roads", "simple", 3000, 300 * MS, 2 * MS, 3_000_000);
            e.stats("operation", "Geometry.intersects", "roads", "simple", 2000, 200 * MS, 1 * MS, 2_000_000);
            e.stats("operation", "Geometry.intersects", "parcels", "simple", 1500, 75 * MS, MS, 0);
            e.stats("operation", "Geometry.intersects", "parcels", "simple", 1500, 75 * MS, MS, 0);
            e.stats("operation", "Geometry.union", "roads", "medium", 25, 50 * MS, 4 * MS, 25_000);
            e.stats("operation", "Geometry.union", "roads", "medium", 25, 50 * MS, 5 * MS, 25_000);
            e.stats("operation", "Geometry.buffer", "parcels", "medium", 50, 25 * MS, MS, 100);
            e.stats("operation", "Geometry.buffer", "parcels", "medium", 50, 25 * MS, MS, 100);
            e.stats("operation", "Geometry.union", "parcels", "medium", 20, 10 * MS, MS, 10);
            e.stats("operation", "Geometry.union", "parcels", "medium", 20, 10 * MS, MS, 10);
            e.stats("repository", "RoadRepository.findNear", "roads", "", 7, 70 * MS, 15 * MS, 7000);
            e.repository("com.acme.RoadRepository", "findNear", "roads", 4, 1000, 0);
            e.repository("com.acme.RoadRepository", "findNear", "roads", 6, 1000, 0);
        });
    }

    @Test
    void hotspotsAreExactAndSortedByTotalTime() {
        Cli cli = Cli.run("analyze", recording.toString(), "--format", "json");
        assertThat(cli.status()).as(cli.err()).isZero();
        JsonNode hotspots = cli.json().get("hotspots");
        List<String> order = new ArrayList<>();
        hotspots.forEach(h -> order.add(h.get("operation").asText() + "/" + h.get("layer").asText() + "/"
                + h.get("complexity").asText() + "=" + h.get("count").asLong()));
        assertThat(order).containsExactly("Geometry.buffer/roads/complex=200", "Geometry.intersects/roads/simple=5000",
                "Geometry.intersects/parcels/simple=3000", "Geometry.union/roads/medium=50",
                "Geometry.buffer/parcels/medium=100", "Geometry.union/parcels/medium=40");
        JsonNode buffer = hotspots.get(0);
        assertThat(buffer.get("totalNanos").asLong()).isEqualTo(770 * MS);
        assertThat(buffer.get("meanNanos").asLong()).isEqualTo(770 * MS / 200);
        assertThat(buffer.get("maxNanos").asLong()).isEqualTo(20 * MS);
        assertThat(buffer.get("allocatedBytes").asLong()).isEqualTo(200 * 2 * MIB);
        assertThat(buffer.get("share").asDouble()).isEqualTo(Math.round(770 * 10_000.0 / 1590) / 10_000.0);
        // 190 calls of 3 ms and 10 of 20 ms, at the histogram's two significant digits.
        assertThat(buffer.get("p50Nanos").asDouble()).isCloseTo(3 * MS, within(0.01 * 3 * MS));
        assertThat(buffer.get("p95Nanos").asDouble()).as("the 190th of 200 calls").isCloseTo(3 * MS, within(0.01 * 3 * MS));
        assertThat(buffer.get("p99Nanos").asDouble()).isCloseTo(20 * MS, within(0.01 * 20 * MS));
        assertThat(hotspots.get(1).get("maxNanos").asLong()).isEqualTo(2 * MS);
        assertThat(hotspots.get(1).get("p95Nanos").asLong()).as("no distribution recorded").isZero();
    }

    @Test
    void jsonHasTheContractKeys() {
        JsonNode json = Cli.run("analyze", recording.toString(), "--format", "json").json();
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("recording", "hotspots", "memory", "layers", "repositories", "slowest",
                "callSites", "regions", "recommendations", "warnings");
        List<String> rowKeys = new ArrayList<>();
        json.get("hotspots").get(0).fieldNames().forEachRemaining(rowKeys::add);
        assertThat(rowKeys).contains("operation", "layer", "complexity", "count", "totalNanos", "meanNanos", "p50Nanos",
                "p95Nanos", "p99Nanos", "maxNanos", "allocatedBytes", "share");
        JsonNode rec = json.get("recording");
        assertThat(rec.get("files").get(0).asText()).isEqualTo(recording.toString());
        assertThat(rec.get("jvm").asText()).contains("VM");
        assertThat(rec.get("statisticsRows").asLong()).isEqualTo(13);
        assertThat(rec.get("callEvents").asLong()).isEqualTo(2);
    }

    @Test
    void memoryLayersAndRepositories() {
        JsonNode json = Cli.run("analyze", recording.toString(), "--format", "json").json();
        JsonNode memory = json.get("memory");
        assertThat(memory.get(0).get("operation").asText()).isEqualTo("Geometry.buffer");
        assertThat(memory.get(0).get("bytesPerCall").asLong()).isEqualTo(2 * MIB);
        assertThat(memory.get(1).get("operation").asText()).isEqualTo("Geometry.intersects");
        assertThat(memory.get(1).get("allocatedBytes").asLong()).isEqualTo(5_000_000);
        assertThat(memory).hasSize(5); // intersects/parcels allocated nothing

        JsonNode layers = json.get("layers");
        assertThat(layers.get(0).get("layer").asText()).isEqualTo("roads");
        assertThat(layers.get(0).get("count").asLong()).isEqualTo(5250);
        assertThat(layers.get(0).get("totalNanos").asLong()).isEqualTo(1370 * MS);
        assertThat(layers.get(1).get("layer").asText()).isEqualTo("parcels");
        assertThat(layers.get(1).get("count").asLong()).isEqualTo(3140);

        JsonNode repository = json.get("repositories").get(0);
        assertThat(repository.get("repository").asText()).isEqualTo("com.acme.RoadRepository");
        assertThat(repository.get("method").asText()).isEqualTo("findNear");
        assertThat(repository.get("count").asLong()).as("from the statistics row, not the 2 events").isEqualTo(7);
        assertThat(repository.get("meanResults").asDouble()).isEqualTo(5.0);
    }

    @Test
    void textIsAlignedWithHumanUnits() {
        Cli cli = Cli.run("analyze", recording.toString());
        assertThat(cli.status()).isZero();
        List<String> lines = cli.out().lines().toList();
        int header = lines.indexOf("Hotspots (by total time)") + 1;
        assertThat(lines.get(header)).startsWith("  operation            layer    complexity");
        assertThat(lines.get(header + 1)).startsWith("  Geometry.buffer      roads    complex").contains("770 ms").contains("400 MB");
        // Every row of the table is as wide as the header, so columns line up.
        int countEnd = lines.get(header).indexOf("count") + "count".length();
        for (int i = header + 1; i <= header + 6; i++) {
            assertThat(lines.get(i).charAt(countEnd - 1)).as(lines.get(i)).isNotEqualTo(' ');
        }
        assertThat(cli.out()).contains("Recommendations").contains("[allocation-heavy] Geometry.buffer in roads");
    }

    @Test
    void severalFilesMergeIntoOneView() throws Exception {
        Path copy = Files.copy(recording, dir.resolve("copy.jfr"));
        JsonNode json = Cli.run("analyze", recording.toString(), copy.toString(), "--format", "json", "--top", "2").json();
        assertThat(json.get("hotspots")).hasSize(2);
        assertThat(json.get("hotspots").get(0).get("count").asLong()).isEqualTo(400);
        assertThat(json.get("hotspots").get(1).get("count").asLong()).isEqualTo(10_000);
        assertThat(json.get("recording").get("files")).hasSize(2);
    }

    @Test
    void outputGoesToAFile() throws Exception {
        Path out = dir.resolve("reports/r.json");
        Cli cli = Cli.run("analyze", recording.toString(), "--format", "json", "--output", out.toString());
        assertThat(cli.status()).isZero();
        assertThat(cli.out()).isEmpty();
        assertThat(Files.readString(out)).contains("\"hotspots\"");
    }

    @Test
    void aSlowCallWhoseAllocationIsUnknownSaysNullNotZero() {
        Path file = TestRecording.record(dir.resolve("unsampled.jfr"), e -> {
            // -1: a call whose allocation an earlier agent did not sample, then one it did
            e.operation("Geometry.intersects", "parcels", "simple", 0, 0, 1, 1, 10, -1, "Polygon", "Polygon", 3 * MS);
            e.operation("Geometry.intersects", "parcels", "simple", 0, 0, 1, 1, 10, 500, "Polygon", "Polygon", MS);
            e.repository("com.acme.RoadRepository", "findNear", "roads", 4, 1000, 2 * MS);
        });
        JsonNode slowest = Cli.run("analyze", file.toString(), "--format", "json").json().get("slowest");
        // not by rank: a busy machine can stretch a spinning call past the next one's duration
        List<String> calls = new ArrayList<>();
        slowest.forEach(call -> calls.add(call.get("operation").asText() + " " + call.get("allocatedBytes")));
        assertThat(calls).containsExactlyInAnyOrder("Geometry.intersects null", "RoadRepository.findNear 1000",
                "Geometry.intersects 500");
    }

    @Test
    void operationsTheAgentSampledAreNamedInOneWarning() {
        Path file = TestRecording.record(dir.resolve("sampled.jfr"), e -> {
            e.sampledStats("operation", "Geometry.intersects", "parcels", "simple", 1000, 16 * 62 * 400, 900, 0, 16);
            e.sampledStats("operation", "Geometry.intersects", "roads", "simple", 500, 16 * 31 * 400, 800, 0, 16);
            e.sampledStats("io", "WKBWriter.write", "", "simple", 300, 300 * 300, 700, 0, 16);
            e.sampledStats("operation", "Geometry.buffer", "roads", "complex", 10, 10 * MS, 2 * MS, 0, 1);
        });
        JsonNode json = Cli.run("analyze", file.toString(), "--format", "json").json();
        List<String> warnings = new ArrayList<>();
        json.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(warnings).filteredOn(w -> w.contains("the agent measured")).containsExactly(file
                + ": the agent measured 2 cheap operation(s) on 1 in 16 of their calls (Geometry.intersects, WKBWriter.write):"
                + " their time, allocation and percentiles are estimates, their counts exact;"
                + " record with geoflight-detailed.jfc to measure every call");
        // the counts stay those of the rows
        assertThat(json.get("hotspots")).extracting(h -> h.get("operation").asText() + "/" + h.get("layer").asText() + "=" + h.get("count").asLong())
                .contains("Geometry.intersects/parcels=1000", "Geometry.intersects/roads=500", "WKBWriter.write/=300");
    }

    @Test
    void aRecordingWhoseCallsWereAllMeasuredHasNoSamplingWarning() {
        JsonNode json = Cli.run("analyze", recording.toString(), "--format", "json").json();
        json.get("warnings").forEach(w -> assertThat(w.asText()).doesNotContain("the agent measured"));
    }
}
