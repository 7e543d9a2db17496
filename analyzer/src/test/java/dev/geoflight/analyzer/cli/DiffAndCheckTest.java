package dev.geoflight.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.analyzer.Cli;
import dev.geoflight.analyzer.TestRecording;
import java.nio.file.Path;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diff} and {@code check}: exit statuses, regressions, SLO lines. */
class DiffAndCheckTest {
    static final long US = 1_000;

    @TempDir
    static Path dir;
    static Path baseline;
    static Path slower;
    static Path fewSlowCalls;

    static long[] repeat(long value, int times) {
        return LongStream.generate(() -> value).limit(times).toArray();
    }

    @BeforeAll
    static void record() {
        baseline = TestRecording.record(dir.resolve("baseline.jfr"), e -> {
            e.stats("operation", "Geometry.buffer", "roads", "complex", 1000, 1000 * 100 * US, 100 * US, 1000 * 4096,
                    repeat(100 * US, 1000));
            e.stats("operation", "Geometry.intersects", "roads", "simple", 1000, 1000 * 10 * US, 10 * US, 0, repeat(10 * US, 1000));
            e.stats("repository", "RoadRepository.findNear", "roads", "", 500, 500 * 200 * US, 200 * US, 0, repeat(200 * US, 500));
        });
        // buffer is 50% slower; intersects 5% slower (within the threshold)
        slower = TestRecording.record(dir.resolve("slower.jfr"), e -> {
            e.stats("operation", "Geometry.buffer", "roads", "complex", 1000, 1000 * 150 * US, 150 * US, 1000 * 4096,
                    repeat(150 * US, 1000));
            e.stats("operation", "Geometry.intersects", "roads", "simple", 1000, 1000 * 10_500, 10_500, 0, repeat(10_500, 1000));
            e.stats("repository", "RoadRepository.findNear", "roads", "", 500, 500 * 200 * US, 200 * US, 0, repeat(200 * US, 500));
        });
        // far slower, but only 10 calls: noise
        fewSlowCalls = TestRecording.record(dir.resolve("few.jfr"), e ->
                e.stats("operation", "Geometry.buffer", "roads", "complex", 10, 10 * 900 * US, 900 * US, 0, repeat(900 * US, 10)));
    }

    @Test
    void regressionExitsOne() {
        Cli cli = Cli.run("diff", baseline.toString(), slower.toString(), "--format", "json");
        assertThat(cli.status()).as(cli.err()).isEqualTo(1);
        JsonNode json = cli.json();
        assertThat(json.get("regressions").asLong()).isEqualTo(1);
        JsonNode first = json.get("rows").get(0);
        assertThat(first.get("operation").asText()).isEqualTo("Geometry.buffer");
        assertThat(first.get("status").asText()).isEqualTo("regression");
        assertThat(first.get("meanChangePercent").asDouble()).isEqualTo(50.0);
        assertThat(first.get("bytesPerCallChangePercent").asDouble()).isEqualTo(0.0);
        assertThat(json.get("rows").get(1).get("status").asText()).isEqualTo("unchanged");
        assertThat(json.get("rows").get(1).get("meanChangePercent").asDouble()).isEqualTo(5.0);
    }

    @Test
    void noRegressionBelowTheThresholdOrWithTooFewCalls() {
        assertThat(Cli.run("diff", baseline.toString(), slower.toString(), "--threshold", "60").status()).isZero();
        Cli few = Cli.run("diff", baseline.toString(), fewSlowCalls.toString());
        assertThat(few.status()).isZero();
        assertThat(few.out()).contains("noise").contains("0 regressions");
        assertThat(Cli.run("diff", baseline.toString(), fewSlowCalls.toString(), "--min-count", "10").status()).isEqualTo(1);
        Cli same = Cli.run("diff", baseline.toString(), baseline.toString());
        assertThat(same.status()).isZero();
        assertThat(same.out()).contains("0 regressions (p95 or mean slower by more than 10%, rows with at least 100 calls)");
    }

    @Test
    void rowsOnOneSideOnlyAreAddedOrRemovedNeverRegressions() {
        Cli cli = Cli.run("diff", baseline.toString(), fewSlowCalls.toString(), "--format", "json");
        assertThat(cli.status()).isZero();
        JsonNode removed = null;
        for (JsonNode row : cli.json().get("rows")) {
            if (row.get("operation").asText().equals("Geometry.intersects")) {
                removed = row;
            }
        }
        assertThat(removed).isNotNull();
        assertThat(removed.get("status").asText()).isEqualTo("removed");
        assertThat(removed.get("countChangePercent").asDouble()).isEqualTo(-100.0);
        assertThat(removed.get("meanChangePercent").isNull()).isTrue();
        assertThat(removed.get("p95ChangePercent").isNull()).isTrue();
        Cli reverse = Cli.run("diff", fewSlowCalls.toString(), baseline.toString(), "--format", "json");
        assertThat(reverse.status()).isZero();
        assertThat(reverse.json().get("rows").toString()).contains("\"status\":\"added\"");
    }

    @Test
    void diffTextNamesTheRegression() {
        Cli cli = Cli.run("diff", baseline.toString(), slower.toString());
        assertThat(cli.status()).isEqualTo(1);
        String row = cli.out().lines().filter(l -> l.contains("regression ")).findFirst().orElseThrow();
        assertThat(row).contains("Geometry.buffer").contains("+50.0%").contains("150 µs");
        assertThat(cli.out()).endsWith("1 regression (p95 or mean slower by more than 10%, rows with at least 100 calls)"
                + System.lineSeparator());
    }

    @Test
    void sloMetAndViolated() {
        Cli met = Cli.run("check", baseline.toString(), "--slo", "operation=Geometry.buffer,layer=roads:p95<5ms",
                "--slo", "repository=RoadRepository:mean<1ms", "--slo", "operation=Geometry.buffer:allocated<=4KB");
        assertThat(met.status()).as(met.err()).isZero();
        assertThat(met.out()).isEqualTo("all 3 SLOs met" + System.lineSeparator());

        Cli violated = Cli.run("check", slower.toString(), "--slo", "operation=Geometry.buffer,layer=roads:p95<120us",
                "--slo", "layer=roads:max<1s", "--slo", "complexity=simple:mean<10us");
        assertThat(violated.status()).isEqualTo(1);
        assertThat(violated.out().lines()).containsExactly(
                "SLO violated operation=Geometry.buffer,layer=roads:p95<120us: p95 is 150 µs over 1,000 calls (limit < 120 µs)",
                "SLO violated complexity=simple:mean<10us: mean is 10.5 µs over 1,000 calls (limit < 10.0 µs)");
    }

    @Test
    void sloMatchingNothingOrMalformedIsUsageError() {
        Cli nothing = Cli.run("check", baseline.toString(), "--slo", "operation=Geometry.buffer,layer=rivers:p95<5ms");
        assertThat(nothing.status()).isEqualTo(2);
        assertThat(nothing.err()).isEqualTo("geoflight: SLO 'operation=Geometry.buffer,layer=rivers:p95<5ms' matches no calls in "
                + baseline + System.lineSeparator());
        Cli badMetric = Cli.run("check", baseline.toString(), "--slo", "layer=roads:p90<5ms");
        assertThat(badMetric.status()).isEqualTo(2);
        assertThat(badMetric.err()).contains("bad SLO metric 'p90'");
        Cli badUnit = Cli.run("check", baseline.toString(), "--slo", "layer=roads:allocated<5ms");
        assertThat(badUnit.status()).isEqualTo(2);
        assertThat(badUnit.err()).contains("allocated needs a size unit");
        Cli missing = Cli.run("check", baseline.toString());
        assertThat(missing.status()).isEqualTo(2);
        assertThat(missing.err()).contains("--slo");
    }
}
