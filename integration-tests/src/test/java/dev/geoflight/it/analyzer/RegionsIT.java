package dev.geoflight.it.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.analyzer.RegionsWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Predicate;

import static dev.geoflight.it.analyzer.AnalyzerRun.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code regions} finds a planted slow area: most calls of {@link RegionsWorkload} are cheap and
 * spread over [0, 1000]², the expensive buffers all lie in one 20 x 20 square. The top region of
 * the grid over all layers, and of the roads layer's own grid, holds that square's centre and
 * exactly those calls, with their summed durations and share of the grid's time.
 */
class RegionsIT {

    private static Recorded recorded;
    private static List<JsonNode> regions;

    @BeforeAll
    static void analyze() {
        KnownRecordings.Made made = KnownRecordings.record(RegionsWorkload.class, "analyzer-regions");
        recorded = Recorded.read(made.file());
        // --top 256: every cell of each 16 x 16 grid, so that the rows of a grid add up to all its calls
        regions = rows(AnalyzerRun.of("analyze", made.file(), "--format", "json", "--top", 256).assertStatus(0).json()
                .get("regions"));
    }

    @Test
    void theTopRegionOverAllLayersHoldsThePlantedSlowSquare() {
        assertTopRegionHoldsTheSquare(null, e -> true);
    }

    @Test
    void theTopRegionOfTheRoadsLayerHoldsThePlantedSlowSquare() {
        assertTopRegionHoldsTheSquare("roads", e -> e.getString("layer").equals("roads"));
    }

    /** The parcels were never near the square: their own grid's regions leave it out. */
    @Test
    void noRegionOfTheParcelsLayerHoldsTheSquare() {
        List<JsonNode> parcels = grid("parcels");
        assertThat(parcels).isNotEmpty().noneMatch(RegionsIT::holdsCentre);
    }

    private static void assertTopRegionHoldsTheSquare(String layer, Predicate<RecordedEvent> inGrid) {
        List<JsonNode> grid = grid(layer);
        assertThat(grid).as("regions of layer %s", layer).isNotEmpty();
        JsonNode top = grid.get(0);
        assertThat(holdsCentre(top)).as("top region %s holds (%s, %s)", top, RegionsWorkload.CENTRE_X,
                RegionsWorkload.CENTRE_Y).isTrue();

        List<RecordedEvent> calls = recorded.operations().stream().filter(inGrid).toList();
        List<RecordedEvent> slow = calls.stream().filter(RegionsIT::inSquare).toList();
        assertThat(slow).hasSize(RegionsWorkload.SLOW_BUFFERS)
                .allSatisfy(e -> assertThat(e.getString("operation")).isEqualTo("Geometry.buffer"));
        long slowNanos = nanos(slow);
        long gridNanos = nanos(calls);
        assertThat(top.get("count").asLong()).isEqualTo(RegionsWorkload.SLOW_BUFFERS);
        assertThat(top.get("totalNanos").asLong()).isEqualTo(slowNanos);
        assertThat(top.get("share").asDouble()).isEqualTo(Math.round((double) slowNanos / gridNanos * 10_000) / 10_000.0)
                .isGreaterThan(0.5);
        // the grid counts every call with a bounding box once
        assertThat(grid.stream().mapToLong(r -> r.get("totalNanos").asLong()).sum()).isEqualTo(gridNanos);
        assertThat(grid.stream().mapToLong(r -> r.get("count").asLong()).sum()).isEqualTo(calls.size());
        assertThat(grid).extracting(r -> r.get("totalNanos").asLong()).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    }

    /** One grid's rows: the grid over all layers has {@code layer: null}. */
    private static List<JsonNode> grid(String layer) {
        return regions.stream().filter(r -> layer == null ? r.get("layer").isNull() : layer.equals(r.get("layer").asText()))
                .toList();
    }

    private static boolean holdsCentre(JsonNode region) {
        return region.get("minX").asDouble() <= RegionsWorkload.CENTRE_X && RegionsWorkload.CENTRE_X < region.get("maxX").asDouble()
                && region.get("minY").asDouble() <= RegionsWorkload.CENTRE_Y && RegionsWorkload.CENTRE_Y < region.get("maxY").asDouble();
    }

    private static boolean inSquare(RecordedEvent e) {
        double[] square = RegionsWorkload.SQUARE;
        return e.getDouble("minX") == square[0] && e.getDouble("minY") == square[1]
                && e.getDouble("maxX") == square[2] && e.getDouble("maxY") == square[3];
    }

    private static long nanos(List<RecordedEvent> events) {
        return events.stream().mapToLong(e -> e.getDuration().toNanos()).sum();
    }
}
