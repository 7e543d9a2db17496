package dev.geoflight.it.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.it.workload.analyzer.DiffWorkload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static dev.geoflight.it.analyzer.AnalyzerRun.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * {@code geoflight diff} on real runs of {@link DiffWorkload}: a baseline, the same run again, and
 * a run whose roads have many times the vertices (same row: Geometry.buffer, roads, medium). The
 * slowed run must give exit 1 and one regression row naming the operation and layer; a recording
 * compared with itself must give exit 0. (Two separate runs are not compared for "no regression":
 * on a loaded machine a GC pause or a descheduled thread moved a cheap operation's mean by over
 * 300 % between identical runs; the analyzer's own tests cover its noise rules.)
 */
class DiffIT {

    /** Percent: the slow roads are 10x and more slower; far above run-to-run noise. */
    private static final String THRESHOLD = "300";

    private static KnownRecordings.Made baseline;
    private static KnownRecordings.Made again;
    private static KnownRecordings.Made slow;

    @BeforeAll
    static void record() {
        baseline = KnownRecordings.record(DiffWorkload.class, "analyzer-diff-baseline");
        again = KnownRecordings.record(DiffWorkload.class, "analyzer-diff-again");
        slow = KnownRecordings.record(DiffWorkload.class, "analyzer-diff-slow", "slow");
    }

    @Test
    void theSameRecordingIsNoRegression() {
        AnalyzerRun text = AnalyzerRun.of("diff", baseline.file(), baseline.file(), "--threshold", THRESHOLD).assertStatus(0);
        assertThat(text.outLines()).last().asString().startsWith("0 regressions (");
        JsonNode json = AnalyzerRun.of("diff", baseline.file(), baseline.file(), "--threshold", THRESHOLD, "--format", "json")
                .assertStatus(0).json();
        assertThat(json.get("regressions").asLong()).isZero();
        assertThat(rows(json.get("rows")))
                .extracting(r -> r.get("operation").asText() + "|" + r.get("layer").asText() + "|" + r.get("complexity").asText(),
                        r -> r.get("baselineCount").asLong(), r -> r.get("currentCount").asLong())
                .containsExactlyInAnyOrder(
                        tuple("Geometry.buffer|roads|medium", (long) DiffWorkload.BUFFERS, (long) DiffWorkload.BUFFERS),
                        tuple("Geometry.intersects|parcels|simple", (long) DiffWorkload.INTERSECTS, (long) DiffWorkload.INTERSECTS),
                        tuple("Geometry.buffer|warmup|medium", (long) DiffWorkload.WARMUP, (long) DiffWorkload.WARMUP));
        assertThat(rows(json.get("rows"))).extracting(r -> r.get("status").asText()).doesNotContain("regression");
        // the warm-up row has fewer calls than diff's minimum, so it is "noise" whatever its figures
        assertThat(rows(json.get("rows"))).extracting(r -> r.get("status").asText())
                .containsExactlyInAnyOrder("unchanged", "unchanged", "noise");
    }

    /** Several files merge into one view: the two identical runs count every call twice. */
    @Test
    void twoRunsAnalyzedTogetherAddUp() {
        JsonNode both = AnalyzerRun.of("analyze", baseline.file(), again.file(), "--format", "json").assertStatus(0).json();
        assertThat(rows(both.get("hotspots")))
                .extracting(r -> r.get("operation").asText() + "|" + r.get("layer").asText(), r -> r.get("count").asLong())
                .containsExactlyInAnyOrder(
                        tuple("Geometry.buffer|roads", 2L * DiffWorkload.BUFFERS),
                        tuple("Geometry.intersects|parcels", 2L * DiffWorkload.INTERSECTS),
                        tuple("Geometry.buffer|warmup", 2L * DiffWorkload.WARMUP));
        JsonNode recording = both.get("recording");
        assertThat(rows(recording.get("files"))).extracting(JsonNode::asText)
                .containsExactly(baseline.file().toString(), again.file().toString());
        assertThat(recording.get("callEvents").asLong())
                .isEqualTo(2L * (DiffWorkload.BUFFERS + DiffWorkload.INTERSECTS + DiffWorkload.WARMUP));
        // the span runs from the first run's start to the second run's end: longer than both recordings
        assertThat(recording.get("durationNanos").asLong()).isGreaterThan(durationNanos(baseline) + durationNanos(again));
        assertThat(rows(both.get("warnings"))).isEmpty();
    }

    @Test
    void largerRoadsAreARegressionOfRoadBuffersAlone() {
        AnalyzerRun text = AnalyzerRun.of("diff", baseline.file(), slow.file(), "--threshold", THRESHOLD).assertStatus(1);
        assertThat(text.outLines()).last().asString().isEqualTo(String.format(Locale.ROOT,
                "1 regression (p95 or mean slower by more than %s%%, rows with at least 100 calls)", THRESHOLD));
        List<List<String>> regressions = text.outLines().stream().filter(line -> line.startsWith("  regression "))
                .map(line -> List.of(line.trim().split("\\s+")).subList(0, 5)).toList();
        assertThat(regressions).containsExactly(
                List.of("regression", "Geometry.buffer", "roads", "medium", String.valueOf(DiffWorkload.BUFFERS)));

        JsonNode json = AnalyzerRun.of("diff", baseline.file(), slow.file(), "--threshold", THRESHOLD, "--format", "json")
                .assertStatus(1).json();
        assertThat(json.get("regressions").asLong()).isEqualTo(1);
        assertThat(json.get("thresholdPercent").asDouble()).isEqualTo(Double.parseDouble(THRESHOLD));
        JsonNode first = json.get("rows").get(0);
        assertThat(List.of(first.get("status").asText(), first.get("operation").asText(), first.get("layer").asText(),
                first.get("complexity").asText())).containsExactly("regression", "Geometry.buffer", "roads", "medium");
        assertThat(first.get("meanChangePercent").asDouble()).isGreaterThan(Double.parseDouble(THRESHOLD));
        assertThat(List.of(first.get("baselineCount").asLong(), first.get("currentCount").asLong()))
                .containsOnly((long) DiffWorkload.BUFFERS);
        // 40 times the vertices: many times the bytes per call as well
        assertThat(first.get("currentBytesPerCall").asLong()).isGreaterThan(10 * first.get("baselineBytesPerCall").asLong());
        // the warm-up buffers are the same in both runs, and too few to judge
        assertThat(rows(json.get("rows"))).filteredOn(r -> r.get("layer").asText().equals("warmup"))
                .extracting(r -> r.get("status").asText()).containsExactly("noise");
    }

    private static long durationNanos(KnownRecordings.Made run) {
        return AnalyzerRun.of("analyze", run.file(), "--format", "json").assertStatus(0).json()
                .get("recording").get("durationNanos").asLong();
    }
}
