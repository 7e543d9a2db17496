package dev.geoflight.it.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.analyzer.report.Units;
import dev.geoflight.it.workload.analyzer.MixWorkload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static dev.geoflight.it.analyzer.AnalyzerRun.rows;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code geoflight check --slo} on the recording of {@link MixWorkload}: SLOs that hold exit 0,
 * a violated one exits 1 with one line naming it and its value, an SLO whose selector matches no
 * call is a usage error (exit 2, one line on stderr).
 */
class CheckIT {

    /** Cheap intersects: a median of a few microseconds, a few hundred bytes per call. */
    private static final String PARCELS_HOLD = "operation=Geometry.intersects,layer=parcels:p50<1ms";
    private static final String PARCELS_SMALL = "operation=Geometry.intersects,layer=parcels:allocated<4KB";
    /** A buffer of a 1000-vertex zig-zag never takes under 10 µs. */
    private static final String ROADS_FAST = "operation=Geometry.buffer,layer=roads:mean<10us";

    private static Path jfr;
    private static JsonNode roads;

    @BeforeAll
    static void record() {
        jfr = KnownRecordings.mix().file();
        roads = rows(AnalyzerRun.of("analyze", jfr, "--format", "json").assertStatus(0).json().get("hotspots")).stream()
                .filter(r -> r.get("operation").asText().equals("Geometry.buffer")).findFirst().orElseThrow();
    }

    @Test
    void objectivesThatHoldExitZero() {
        AnalyzerRun run = AnalyzerRun.of("check", jfr, "--slo", PARCELS_HOLD, "--slo", PARCELS_SMALL).assertStatus(0);
        assertThat(run.outLines()).containsExactly("all 2 SLOs met");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aViolatedObjectiveExitsOneWithOneLineNamingIt() {
        AnalyzerRun run = AnalyzerRun.of("check", jfr, "--slo", PARCELS_HOLD, "--slo", ROADS_FAST).assertStatus(1);
        assertThat(run.outLines()).singleElement().asString()
                .startsWith("SLO violated " + ROADS_FAST + ": mean is " + Units.duration(roads.get("meanNanos").asLong()))
                .contains("over " + MixWorkload.BUFFERS + " calls");
        assertThat(run.err()).isEmpty();
    }

    /** A selector without operation= merges every row it matches: the roads' buffers and the rivers' validations. */
    @Test
    void aSelectorMergesTheRowsItMatches() {
        String medium = "complexity=medium:mean<10us";
        AnalyzerRun run = AnalyzerRun.of("check", jfr, "--slo", medium).assertStatus(1);
        assertThat(run.outLines()).singleElement().asString().startsWith("SLO violated " + medium + ": mean is ")
                .contains("over " + (MixWorkload.BUFFERS + MixWorkload.VALIDATIONS) + " calls");
    }

    @Test
    void aSelectorThatMatchesNothingIsAUsageError() {
        String lakes = "layer=lakes:p95<5ms";
        AnalyzerRun run = AnalyzerRun.of("check", jfr, "--slo", PARCELS_HOLD, "--slo", lakes).assertStatus(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("geoflight: ").contains("'" + lakes + "'")
                .contains("matches no calls");
        assertThat(run.out()).isEmpty();
    }
}
