package dev.geoflight.it.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.it.workload.analyzer.CleanWorkload;
import dev.geoflight.it.workload.analyzer.RulesWorkload;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import static dev.geoflight.it.analyzer.AnalyzerRun.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The rules on real recordings: in {@link RulesWorkload} each layer makes the one mistake a rule is
 * for, and exactly those rules fire, each about its layer and with the workload's own numbers as
 * evidence; {@link CleanWorkload} does the same jobs the advised way, at volumes where the
 * rules would otherwise look, and no rule fires.
 */
class RulesIT {

    private static KnownRecordings.Made mistakes;
    private static JsonNode mistakesReport;
    private static String mistakesText;
    private static JsonNode cleanReport;

    @BeforeAll
    static void analyze() {
        mistakes = KnownRecordings.record(RulesWorkload.class, "analyzer-rules");
        mistakesReport = AnalyzerRun.of("analyze", mistakes.file(), "--format", "json").assertStatus(0).json();
        mistakesText = AnalyzerRun.of("analyze", mistakes.file()).assertStatus(0).out();
        KnownRecordings.Made clean = KnownRecordings.record(CleanWorkload.class, "analyzer-rules-clean");
        cleanReport = AnalyzerRun.of("analyze", clean.file(), "--format", "json").assertStatus(0).json();
    }

    @Test
    void eachMistakeGetsItsRuleAboutItsLayerAndNothingElseFires() {
        assertThat(rows(mistakesReport.get("recommendations")))
                .extracting(r -> r.get("rule").asText(), r -> r.get("operation").asText(), r -> r.get("layer").asText())
                .containsExactlyInAnyOrder(
                        tuple("spatial-index", "Geometry.intersects", "scan"),
                        tuple("prepared-geometry", "Geometry.intersects", "zones"),
                        tuple("union-in-loop", "Geometry.union", "merge"),
                        tuple("wkb-over-wkt", "WKTReader.read", "import"),
                        tuple("repeated-validation", "Geometry.isValid", "checks"));
    }

    @Test
    void spatialIndexCountsThePredicatesOfTheLayer() {
        JsonNode advice = recommendation("spatial-index");
        assertThat(advice.get("evidence").asText())
                .contains(String.format(Locale.ROOT, "%,d predicate calls", RulesWorkload.SCAN_PREDICATES)).contains("0 index queries");
        assertThat(advice.get("message").asText()).contains("STRtree");
    }

    @Test
    void preparedGeometryCountsTheCallsOnTheOneZone() {
        JsonNode advice = recommendation("prepared-geometry");
        assertThat(advice.get("evidence").asText()).contains(RulesWorkload.ZONE_PREDICATES + " intersects calls on one Polygon");
        assertThat(advice.get("message").asText()).contains("PreparedGeometryFactory.prepare");
    }

    @Test
    void unionInLoopSeesTheUnionsAndHowTheirInputGrew() {
        JsonNode advice = recommendation("union-in-loop");
        String first = mistakes.printed("firstUnionVertices");
        String last = mistakes.printed("lastUnionVertices");
        assertThat(advice.get("evidence").asText()).contains(RulesWorkload.UNIONS + " unions on thread 'main'")
                .matches(".*\\b" + first + "\\b.*\\b" + last + "\\b vertices.*");
        assertThat(advice.get("message").asText()).contains("UnaryUnionOp");
    }

    @Test
    void wkbOverWktCountsTheWktReads() {
        JsonNode advice = recommendation("wkb-over-wkt");
        assertThat(advice.get("evidence").asText()).contains("WKTReader.read: " + RulesWorkload.WKT_READS + " calls");
        assertThat(advice.get("message").asText()).contains("WKB");
    }

    @Test
    void repeatedValidationCountsTheRepeats() {
        int validations = RulesWorkload.VALIDATED * RulesWorkload.VALIDATION_ROUNDS;
        assertThat(recommendation("repeated-validation").get("evidence").asText()).contains(String.format(Locale.ROOT,
                "%d of %d validations repeat an earlier one (%d distinct geometries)",
                validations - RulesWorkload.VALIDATED, validations, RulesWorkload.VALIDATED));
    }

    @Test
    void theTextReportListsTheSameAdvice() {
        for (JsonNode advice : rows(mistakesReport.get("recommendations"))) {
            assertThat(mistakesText).contains("  [" + advice.get("rule").asText() + "] " + advice.get("operation").asText()
                    + " in " + advice.get("layer").asText() + "\n    " + advice.get("message").asText() + "\n    evidence: "
                    + advice.get("evidence").asText() + "\n");
        }
    }

    @Test
    void theAdvisedWayGetsNoAdvice() {
        assertThat(rows(cleanReport.get("recommendations"))).isEmpty();
    }

    /** The clean run is no empty test: its layers make as many calls as the mistakes' layers, only the right ones. */
    @Test
    void theAdvisedWayMakesTheCallsTheRulesLookAt() {
        Map<String, Long> counts = rows(cleanReport.get("hotspots")).stream().collect(Collectors.groupingBy(
                r -> r.get("operation").asText() + "|" + r.get("layer").asText(), Collectors.summingLong(r -> r.get("count").asLong())));
        assertThat(counts.get("Geometry.intersects|scan") + counts.get("Geometry.contains|scan")).isGreaterThanOrEqualTo(1000);
        assertThat(counts).containsEntry("STRtree.query|scan", (long) CleanWorkload.SCAN_POINTS)
                .containsEntry("PreparedGeometry.intersects|zones", (long) RulesWorkload.ZONE_PREDICATES)
                .containsEntry("UnaryUnionOp.union|merge", 1L)
                .containsEntry("Geometry.isValid|checks", (long) RulesWorkload.VALIDATED * RulesWorkload.VALIDATION_ROUNDS)
                .containsEntry("WKBReader.read|import", (long) RulesWorkload.WKT_READS)
                .doesNotContainKeys("Geometry.union|merge", "WKTReader.read|import");
    }

    private static JsonNode recommendation(String rule) {
        List<JsonNode> found = rows(mistakesReport.get("recommendations")).stream()
                .filter(r -> r.get("rule").asText().equals(rule)).toList();
        assertThat(found).as("recommendations of rule %s", rule).hasSize(1);
        return found.get(0);
    }
}
