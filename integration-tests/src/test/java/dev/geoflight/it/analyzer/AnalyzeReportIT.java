package dev.geoflight.it.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.analyzer.MixWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarFile;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static dev.geoflight.it.analyzer.AnalyzerRun.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * {@code geoflight analyze} on a recording of {@link MixWorkload} made by a real agent run: exact
 * counts per (operation, layer, complexity), the rank orders by time and by memory, the layers,
 * what the recording was, the call sites and the slowest calls; the text report prints the same
 * rows in the same order as the JSON. Totals are checked against the recording itself, read with
 * {@code jdk.jfr.consumer}.
 */
class AnalyzeReportIT {

    private static final String WORKLOAD = MixWorkload.class.getName();
    private static final String BUFFER = "Geometry.buffer|roads|medium";
    private static final String IS_VALID = "Geometry.isValid|rivers|medium";
    private static final String INTERSECTS = "Geometry.intersects|parcels|simple";

    private static KnownRecordings.Made made;
    private static Recorded recorded;
    private static JsonNode report;
    private static String text;

    @BeforeAll
    static void analyze() {
        made = KnownRecordings.mix();
        recorded = Recorded.read(made.file());
        report = AnalyzerRun.of("analyze", made.file(), "--format", "json").assertStatus(0).json();
        text = AnalyzerRun.of("analyze", made.file()).assertStatus(0).out();
    }

    @Test
    void hotspotsCountEveryCallPerOperationLayerAndComplexityWithTheMostTimeFirst() {
        List<JsonNode> hotspots = rows(report.get("hotspots"));
        // roads (50 long buffers) take several times the rivers' time, rivers several times the parcels'
        assertThat(hotspots).extracting(AnalyzeReportIT::cell, r -> r.get("count").asLong(), r -> r.get("kind").asText())
                .containsExactly(
                        tuple(BUFFER, (long) MixWorkload.BUFFERS, "operation"),
                        tuple(IS_VALID, (long) MixWorkload.VALIDATIONS, "operation"),
                        tuple(INTERSECTS, (long) MixWorkload.INTERSECTS, "operation"));
        assertThat(hotspots.get(0).get("share").asDouble()).isGreaterThan(0.5);
        assertThat(hotspots.stream().mapToDouble(r -> r.get("share").asDouble()).sum()).isCloseTo(1.0,
                within(0.0003));
    }

    /** Counts, totals, maxima and bytes are the statistics' own sums, to the nanosecond and the byte. */
    @Test
    void hotspotTotalsAreExactlyThoseOfTheStatisticsInTheRecording() {
        Map<String, List<RecordedEvent>> statistics = recorded.statistics().stream()
                .collect(Collectors.groupingBy(AnalyzeReportIT::cell));
        assertThat(statistics.keySet()).containsExactlyInAnyOrder(BUFFER, IS_VALID, INTERSECTS);
        for (JsonNode row : rows(report.get("hotspots"))) {
            List<RecordedEvent> periods = statistics.get(cell(row));
            long count = sum(periods, "count");
            long total = sum(periods, "totalTime");
            long allocated = sum(periods, "allocated");
            assertThat(row.get("count").asLong()).as(cell(row)).isEqualTo(count);
            assertThat(row.get("totalNanos").asLong()).as(cell(row)).isEqualTo(total);
            assertThat(row.get("maxNanos").asLong()).as(cell(row))
                    .isEqualTo(periods.stream().mapToLong(e -> e.getLong("maxTime")).max().orElseThrow());
            assertThat(row.get("allocatedBytes").asLong()).as(cell(row)).isEqualTo(allocated);
            assertThat(row.get("meanNanos").asLong()).as(cell(row)).isEqualTo(total / count);
            assertThat(row.get("bytesPerCall").asLong()).as(cell(row)).isEqualTo(allocated / count);
            // percentiles come from the histograms: ordered, never above the exact maximum
            assertThat(List.of(row.get("p50Nanos").asLong(), row.get("p95Nanos").asLong(), row.get("p99Nanos").asLong(),
                    row.get("maxNanos").asLong())).as(cell(row)).isSorted().allMatch(p -> p > 0);
        }
    }

    /**
     * Percentiles come from the statistics' histograms (two significant digits), timed by the agent
     * inside each per-call event: they must be those of the per-call durations, give or take the
     * histogram's precision and a pause that fell between JFR's and the agent's clock reads.
     */
    @Test
    void percentilesAreThoseOfThePerCallDurations() {
        for (JsonNode row : rows(report.get("hotspots"))) {
            List<Long> durations = recorded.operations(row.get("operation").asText()).stream()
                    .map(e -> e.getDuration().toNanos()).sorted().toList();
            for (int percentile : new int[] {50, 95, 99}) {
                long exact = durations.get((int) Math.ceil(percentile / 100.0 * durations.size()) - 1);
                assertThat(row.get("p" + percentile + "Nanos").asLong()).as("p%d of %s", percentile, cell(row))
                        .isCloseTo(exact, within(exact / 20 + 200_000L));
            }
        }
    }

    /** {@code --top 1}: the first row of every ranked section, unchanged (shares stay shares of everything). */
    @Test
    void topKeepsTheFirstRowsOfEveryRankedSection() {
        JsonNode top = AnalyzerRun.of("analyze", made.file(), "--format", "json", "--top", 1).assertStatus(0).json();
        for (String section : List.of("hotspots", "memory", "slowest", "callSites")) {
            assertThat(rows(top.get(section))).as(section).containsExactly(report.get(section).get(0));
        }
        // one cell per grid: the grid over all layers, then each layer's
        assertThat(rows(top.get("regions"))).extracting(r -> r.get("layer").isNull() ? "(all)" : r.get("layer").asText())
                .containsExactly("(all)", "roads", "rivers", "parcels");
        assertThat(top.get("layers")).isEqualTo(report.get("layers"));
    }

    @Test
    void outputWritesTheSameReportToAFile() throws IOException {
        Path file = made.file().resolveSibling("report.json");
        AnalyzerRun run = AnalyzerRun.of("analyze", made.file(), "--format", "json", "--output", file).assertStatus(0);
        assertThat(run.out()).isEmpty();
        assertThat(new ObjectMapper().readTree(file.toFile())).isEqualTo(report);
    }

    /** The analyzer's own chunk parser and the JDK's RecordingFile make the same report of a real recording. */
    @Test
    void theJdkReaderMakesTheSameReport() {
        assertThat(AnalyzerRun.withJdkReader("analyze", made.file(), "--format", "json").assertStatus(0).json()).isEqualTo(report);
    }

    @Test
    void memoryRanksTheSameRowsByBytesAllocated() {
        // a 1000-vertex buffer allocates megabytes, a validation of a river with 256 islands about one,
        // an intersects of a point and a rectangle a few hundred bytes
        assertThat(rows(report.get("memory"))).extracting(AnalyzeReportIT::cell).containsExactly(BUFFER, IS_VALID, INTERSECTS);
        Map<String, JsonNode> hotspots = byCell(rows(report.get("hotspots")));
        for (JsonNode row : rows(report.get("memory"))) {
            assertThat(row).as(cell(row)).isEqualTo(hotspots.get(cell(row)));
        }
    }

    @Test
    void layersSumTheirRowsWithTheMostTimeFirst() {
        Map<String, JsonNode> hotspots = byCell(rows(report.get("hotspots")));
        assertThat(rows(report.get("layers"))).extracting(r -> r.get("layer").asText(), r -> r.get("count").asLong(),
                        r -> r.get("operations").asInt(), r -> r.get("totalNanos").asLong(), r -> r.get("allocatedBytes").asLong())
                .containsExactly(
                        tuple("roads", (long) MixWorkload.BUFFERS, 1,
                                hotspots.get(BUFFER).get("totalNanos").asLong(), hotspots.get(BUFFER).get("allocatedBytes").asLong()),
                        tuple("rivers", (long) MixWorkload.VALIDATIONS, 1,
                                hotspots.get(IS_VALID).get("totalNanos").asLong(), hotspots.get(IS_VALID).get("allocatedBytes").asLong()),
                        tuple("parcels", (long) MixWorkload.INTERSECTS, 1,
                                hotspots.get(INTERSECTS).get("totalNanos").asLong(), hotspots.get(INTERSECTS).get("allocatedBytes").asLong()));
        assertThat(rows(report.get("repositories"))).isEmpty();
    }

    @Test
    void recordingSaysWhichFileWhenHowLongOnWhichJvm() {
        JsonNode recording = report.get("recording");
        assertThat(rows(recording.get("files"))).extracting(JsonNode::asText).containsExactly(made.file().toString());
        Instant start = Instant.parse(recording.get("start").asText());
        assertThat(start).isBetween(made.before(), made.after());
        assertThat(recording.get("durationNanos").asLong()).isPositive()
                .isLessThanOrEqualTo(Duration.between(made.before(), made.after()).toNanos());
        // the child JVM runs on the JDK that runs these tests
        assertThat(recording.get("jvm").asText()).contains(System.getProperty("java.vm.version"));
        assertThat(recording.get("statisticsRows").asLong()).isEqualTo(recorded.statistics().size());
        assertThat(recording.get("callEvents").asLong())
                .isEqualTo(recorded.operations().size())
                .isEqualTo(MixWorkload.INTERSECTS + MixWorkload.BUFFERS + MixWorkload.VALIDATIONS);
        assertThat(rows(report.get("warnings"))).isEmpty();
    }

    /** The contract's {@code recording} names the agent version; the agent jar's manifest says which it is. */
    @Test
    void recordingNamesTheAgentVersion() throws IOException {
        String version;
        try (JarFile jar = new JarFile(ItEnvironment.agentJar().toFile())) {
            version = jar.getManifest().getMainAttributes().getValue("Implementation-Version");
        }
        assertThat(version).isNotBlank();
        assertThat(report.get("recording").get("agentVersion").asText())
                .as("recording.agentVersion of a recording made with the agent %s", version).isEqualTo(version);
    }

    @Test
    void textReportPrintsTheSameRowsInTheSameOrder() {
        JsonNode recording = report.get("recording");
        assertThat(text.lines().findFirst().orElseThrow()).isEqualTo("GeoFlight report: " + made.file());
        assertThat(text).contains(String.format(Locale.ROOT, "; %,d statistics rows, %,d per-call events",
                recording.get("statisticsRows").asLong(), recording.get("callEvents").asLong()));

        Function<JsonNode, List<String>> hotspotCells = r -> List.of(r.get("operation").asText(), r.get("layer").asText(),
                r.get("complexity").asText(), String.format(Locale.ROOT, "%,d", r.get("count").asLong()));
        assertThat(leadingCells(textSection("Hotspots (by total time)"), 4))
                .containsExactlyElementsOf(rows(report.get("hotspots")).stream().map(hotspotCells).toList());
        assertThat(leadingCells(textSection("Memory (by bytes allocated)"), 4))
                .containsExactlyElementsOf(rows(report.get("memory")).stream().map(hotspotCells).toList());
        assertThat(leadingCells(textSection("Layers"), 2)).containsExactlyElementsOf(rows(report.get("layers")).stream()
                .map(r -> List.of(r.get("layer").asText(), String.format(Locale.ROOT, "%,d", r.get("count").asLong()))).toList());
        assertThat(leadingCells(textSection("Call sites (per-call events)"), 2)).containsExactlyElementsOf(
                rows(report.get("callSites")).stream().map(r -> List.of(r.get("callSite").asText(),
                        String.format(Locale.ROOT, "%,d", r.get("count").asLong()))).toList());
        assertThat(textSection("Slowest calls")).hasSameSizeAs(rows(report.get("slowest")));
    }

    /** The HTML report of a real recording: one file that names the same rows and loads nothing from the network. */
    @Test
    void htmlReportIsOneSelfContainedFileWithTheSameRows() throws IOException {
        Path file = made.file().resolveSibling("report.html");
        AnalyzerRun.of("analyze", made.file(), "--format", "html", "--output", file).assertStatus(0);
        String html = Files.readString(file);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script src", "<link ");
        // the only URL is SVG's namespace name, which is never fetched
        assertThat(Pattern.compile("https?://[^\"' )<>]+").matcher(html).results()
                .map(MatchResult::group).distinct()).containsOnly("http://www.w3.org/2000/svg");
        for (JsonNode row : rows(report.get("hotspots"))) {
            assertThat(html).contains(row.get("operation").asText(), row.get("layer").asText());
        }
    }

    /** Each operation's top call site is the workload method that makes those calls, with all of them. */
    @Test
    void callSitesAreTheWorkloadsOwnMethods() {
        List<JsonNode> sites = rows(report.get("callSites"));
        assertThat(sites).extracting(r -> r.get("callSite").asText().replaceFirst(":\\d+$", ""), r -> r.get("count").asLong(),
                        r -> rows(r.get("operations")).stream().map(JsonNode::asText).toList())
                .containsExactly(
                        tuple(WORKLOAD + ".bufferRoads", (long) MixWorkload.BUFFERS, List.of("Geometry.buffer")),
                        tuple(WORKLOAD + ".validateRivers", (long) MixWorkload.VALIDATIONS, List.of("Geometry.isValid")),
                        tuple(WORKLOAD + ".intersectParcels", (long) MixWorkload.INTERSECTS,
                                List.of("Geometry.intersects")));
        assertThat(sites).allSatisfy(r -> assertThat(r.get("callSite").asText()).matches(".*:\\d+"));
        // call sites add up the per-call events' own durations
        for (JsonNode site : sites) {
            String operation = site.get("operations").get(0).asText();
            assertThat(site.get("totalNanos").asLong()).as(operation).isEqualTo(
                    recorded.operations(operation).stream().mapToLong(e -> e.getDuration().toNanos()).sum());
        }
    }

    /** The slowest calls, each with the bounding box its workload method gave it, layer, thread and call site. */
    @Test
    void slowestCallsCarryBoundingBoxLayerThreadAndCallSite() {
        List<JsonNode> slowest = rows(report.get("slowest"));
        assertThat(slowest).hasSize(20);
        assertThat(slowest).extracting(r -> r.get("durationNanos").asLong()).isSortedAccordingTo(Comparator.reverseOrder());
        List<Long> longest = recorded.operations().stream().map(e -> e.getDuration().toNanos())
                .sorted(Comparator.reverseOrder()).limit(20).toList();
        assertThat(slowest).extracting(r -> r.get("durationNanos").asLong()).containsExactlyElementsOf(longest);
        for (JsonNode call : slowest) {
            String operation = call.get("operation").asText();
            double minX = call.get("minX").asDouble();
            double minY = call.get("minY").asDouble();
            double maxX = call.get("maxX").asDouble();
            double maxY = call.get("maxY").asDouble();
            assertThat(call.get("thread").asText()).as(operation).isEqualTo("main");
            assertThat(call.get("file").asText()).isEqualTo(made.file().toString());
            switch (operation) {
                case "Geometry.buffer" -> {
                    assertThat(call.get("layer").asText()).isEqualTo("roads");
                    assertThat(call.get("callSite").asText()).startsWith(WORKLOAD + ".bufferRoads:");
                    assertThat(call.get("vertices").asLong()).isEqualTo(MixWorkload.ROAD_VERTICES);
                    assertThat(call.get("geometryType").asText()).isEqualTo("LineString");
                    // road i is the zig-zag [i * spacing, 0, i * spacing + vertices - 1, 1]
                    assertThat(minX % MixWorkload.ROAD_SPACING).isZero();
                    assertThat(List.of(minY, maxX, maxY)).containsExactly(0.0, minX + MixWorkload.ROAD_VERTICES - 1, 1.0);
                }
                case "Geometry.isValid" -> {
                    assertThat(call.get("layer").asText()).isEqualTo("rivers");
                    assertThat(call.get("callSite").asText()).startsWith(WORKLOAD + ".validateRivers:");
                    assertThat(call.get("vertices").asLong()).isEqualTo(MixWorkload.RIVER_VERTICES);
                    assertThat(call.get("geometryType").asText()).isEqualTo("Polygon");
                    // river i is centred on (i * 100, 0) (its wavy edge moves the box a little), about 41 wide each way
                    assertThat(Math.IEEEremainder((minX + maxX) / 2, 100)).isCloseTo(0, within(0.01));
                    assertThat(List.of(maxX - minX, maxY - minY)).allSatisfy(size -> assertThat(size).isBetween(80.0, 82.0));
                }
                case "Geometry.intersects" -> {
                    assertThat(call.get("layer").asText()).isEqualTo("parcels");
                    assertThat(call.get("callSite").asText()).startsWith(WORKLOAD + ".intersectParcels:");
                    assertThat(call.get("vertices").asLong()).isEqualTo(6);
                    assertThat(call.get("geometryType").asText()).isEqualTo("Polygon");
                    // parcel i is the 10 x 10 rectangle at ((i % 50) * 20, (i / 50) * 20)
                    assertThat(List.of(minX % 20, minY % 20, maxX - minX, maxY - minY)).containsExactly(0.0, 0.0, 10.0, 10.0);
                }
                default -> throw new AssertionError("unexpected slowest call " + call);
            }
        }
    }

    private static String cell(JsonNode row) {
        return row.get("operation").asText() + "|" + row.get("layer").asText() + "|" + row.get("complexity").asText();
    }

    private static String cell(RecordedEvent statistics) {
        return statistics.getString("operation") + "|" + statistics.getString("layer") + "|" + statistics.getString("complexity");
    }

    private static Map<String, JsonNode> byCell(List<JsonNode> rows) {
        return rows.stream().collect(Collectors.toMap(AnalyzeReportIT::cell, r -> r));
    }

    private static long sum(List<RecordedEvent> events, String field) {
        return events.stream().mapToLong(e -> e.getLong(field)).sum();
    }

    /** The table rows of one text section: the lines after its title and column headers, up to the blank line. */
    private static List<String> textSection(String title) {
        List<String> lines = text.lines().toList();
        int at = lines.indexOf(title);
        assertThat(at).as("section '%s' in\n%s", title, text).isNotNegative();
        List<String> rows = new ArrayList<>();
        for (int i = at + 2; i < lines.size() && !lines.get(i).isBlank(); i++) {
            rows.add(lines.get(i));
        }
        return rows;
    }

    /** The first {@code n} cells of each table row (cells are separated by two or more spaces). */
    private static List<List<String>> leadingCells(List<String> rows, int n) {
        return rows.stream().map(line -> List.of(line.trim().split("\\s{2,}")).subList(0, n)).toList();
    }
}
