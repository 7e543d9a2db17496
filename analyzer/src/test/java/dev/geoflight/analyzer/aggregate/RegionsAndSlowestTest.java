package dev.geoflight.analyzer.aggregate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.analyzer.Cli;
import dev.geoflight.analyzer.TestRecording;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A planted slow area in space: regions find it, slowest lists its calls, call sites are found. */
class RegionsAndSlowestTest {
    /**
     * How long each planted call spins. The lattice's calls spin 0 ns, but a GC pause or a busy CI
     * host can stretch one of them by a few milliseconds (2 ms once put an intersects among the
     * slowest), so the planted calls last far longer than any such stall.
     */
    static final long SLOW = 25_000_000;

    @TempDir
    static Path dir;
    static JsonNode json;

    /** 256 fast calls on a 16×16 lattice over [10, 970]², plus 8 slow ones around (750, 250) in parcels. */
    @BeforeAll
    static void record() {
        Path file = TestRecording.record(dir.resolve("space.jfr"), e -> {
            for (int i = 0; i < 16; i++) {
                for (int j = 0; j < 16; j++) {
                    double x = i * 64 + 10;
                    double y = j * 64 + 10;
                    e.operation("Geometry.intersects", "roads", "simple", x - 1, y - 1, x + 1, y + 1, 10, 0, "LineString",
                            "Polygon", 0);
                }
            }
            for (int k = 0; k < 8; k++) {
                e.operation("Geometry.buffer", "parcels", "complex", 745 + k, 245, 755 + k, 255, 20_000 + k, 1024, "Polygon",
                        "", SLOW);
            }
        });
        Cli cli = Cli.run("analyze", file.toString(), "--format", "json", "--top", "5");
        assertThat(cli.status()).as(cli.err()).isZero();
        json = cli.json();
    }

    @Test
    void topRegionHoldsThePlantedSlowArea() {
        JsonNode top = json.get("regions").get(0);
        assertThat(top.get("layer").isNull()).isTrue();
        assertThat(top.get("totalNanos").asLong()).isGreaterThanOrEqualTo(8 * SLOW);
        // The grid adapts to the data: cells are the smallest power of two at which the centres'
        // extent (960) fits 16 of them, not world-sized. The cell also holds one lattice call.
        assertThat(top.get("minX").asDouble()).isEqualTo(704);
        assertThat(top.get("maxX").asDouble()).isEqualTo(768);
        assertThat(top.get("minY").asDouble()).isEqualTo(192);
        assertThat(top.get("maxY").asDouble()).isEqualTo(256);
        assertThat(top.get("count").asLong()).isEqualTo(9);
    }

    @Test
    void regionsPerLayer() {
        // Each layer's grid adapts to that layer's own extent: parcels only spans the planted area
        // (centres 750..757 along y = 250: cells 1/2 wide, 1/32 high), roads the lattice (one call per cell).
        long parcelsCalls = 0;
        long roadsCalls = 0;
        for (JsonNode row : json.get("regions")) {
            String layer = row.get("layer").asText(null);
            if ("parcels".equals(layer)) {
                parcelsCalls += row.get("count").asLong();
                assertThat(row.get("minX").asDouble()).isBetween(750.0, 757.0);
                assertThat(row.get("maxX").asDouble() - row.get("minX").asDouble()).isEqualTo(0.5);
                assertThat(row.get("minY").asDouble()).isEqualTo(250.0);
                assertThat(row.get("maxY").asDouble()).isEqualTo(250.03125);
            } else if ("roads".equals(layer)) {
                roadsCalls += row.get("count").asLong();
            }
        }
        assertThat(parcelsCalls).as("top 5 parcels cells").isEqualTo(5);
        assertThat(roadsCalls).as("top 5 roads cells of one call each").isEqualTo(5);
        assertThat(json.get("regions")).hasSize(15);
    }

    @Test
    void slowestAreThePlantedCallsWithTheirDetail() {
        JsonNode slowest = json.get("slowest");
        assertThat(slowest).hasSize(5);
        for (JsonNode call : slowest) {
            assertThat(call.get("operation").asText()).isEqualTo("Geometry.buffer");
            assertThat(call.get("layer").asText()).isEqualTo("parcels");
            assertThat(call.get("durationNanos").asLong()).isGreaterThanOrEqualTo(SLOW);
            assertThat(call.get("vertices").asLong()).isBetween(20_000L, 20_007L);
            assertThat(call.get("minY").asDouble()).isEqualTo(245.0);
            assertThat(call.get("thread").asText()).isEqualTo(Thread.currentThread().getName());
            assertThat(call.get("callSite").asText()).startsWith("dev.geoflight.analyzer.TestRecording$Events.operation:");
        }
        assertThat(slowest.get(0).get("durationNanos").asLong())
                .isGreaterThanOrEqualTo(slowest.get(4).get("durationNanos").asLong());
    }

    @Test
    void callSitesRankByTimeWithTheirOperations() {
        JsonNode site = json.get("callSites").get(0);
        assertThat(site.get("count").asLong()).isEqualTo(264);
        assertThat(site.get("operations").get(0).asText()).isEqualTo("Geometry.buffer");
        assertThat(site.get("operations").get(1).asText()).isEqualTo("Geometry.intersects");
    }

    @Test
    void perCallCountsWithoutStatisticsAreWarned() {
        assertThat(json.get("hotspots").get(0).get("count").asLong()).isEqualTo(8);
        assertThat(json.get("hotspots").get(1).get("count").asLong()).isEqualTo(256);
        assertThat(json.get("warnings").get(0).asText()).startsWith("no geoflight.OperationStatistics events");
    }
}
