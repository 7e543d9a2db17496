package dev.geoflight.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geoflight.analyzer.cli.GeoFlightCli;
import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.CheapCallWorkload;
import jdk.jfr.consumer.RecordedEvent;
import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Under geoflight.jfc a cheap operation is measured, time and allocation, on a random 1 in 16 of its
 * calls and scaled up: every call must still be counted, and the statistics' estimates must match
 * what the thread really allocated and how long its loop really ran.
 */
class CallSamplingIT {

    private static final Pattern RESULT = Pattern.compile("calls=(\\d+) allocated=(\\d+) bytes=\\d+ nanos=(\\d+)");
    private static long calls;
    private static long allocated;
    private static long loopNanos;
    private static List<RecordedEvent> statistics;
    private static Path recording;

    @BeforeAll
    static void run() {
        Path dir = ItEnvironment.workDir("call-sampling");
        // three seconds: the first statistics period measures every call, the next ones sample
        JvmRun run = AgentJvm.of(CheapCallWorkload.class, dir).agentOptions("record=sampled.jfr,log=quiet")
                .args("3000").run().assertSucceeded();
        Matcher result = RESULT.matcher(run.stdout());
        assertThat(result.find()).as(run.stdout()).isTrue();
        calls = Long.parseLong(result.group(1));
        allocated = Long.parseLong(result.group(2));
        loopNanos = Long.parseLong(result.group(3));
        recording = dir.resolve("sampled.jfr");
        Recorded recorded = Recorded.read(recording);
        statistics = recorded.statistics(e -> e.getString("operation").equals("WKBWriter.write"));
    }

    @Test
    void everyCallIsCountedAndTheEstimatedAllocationMatchesTheThreads() {
        assertThat(statistics).extracting(e -> e.getString("layer"), e -> e.getString("kind"))
                .containsOnly(tuple("", "io"));
        assertThat(statistics.stream().mapToLong(e -> e.getLong("count")).sum()).isEqualTo(calls);
        assertThat(statistics).as("one row per second").hasSizeGreaterThanOrEqualTo(3);
        long estimated = statistics.stream().mapToLong(e -> e.getLong("allocated")).sum();
        // millions of calls, over a hundred thousand of them measured: the estimate is within a few per cent
        assertThat((double) estimated).as("estimated %d of %d bytes", estimated, allocated)
                .isCloseTo(allocated, within(allocated * 0.05));
    }

    @Test
    void theEstimatedTimeFitsTheLoopsWallTime() {
        long estimated = statistics.stream().mapToLong(e -> e.getDuration("totalTime").toNanos()).sum();
        // The calls are most of the loop; what is left is the loop itself and the agent's own work.
        // Above the loop's time only by chance: a measured call that the OS preempted for a few ms
        // counts sixteen times (so half as much again is allowed on a busy machine).
        assertThat(estimated).as("estimated %d ns of a %d ns loop", estimated, loopNanos)
                .isBetween(loopNanos / 2, loopNanos * 3 / 2);
    }

    @Test
    void aMeasuredCallCountsSixteenTimesInTheDistribution() throws Exception {
        long weighted = 0;
        int sampledRows = 0;
        for (RecordedEvent row : statistics) {
            long inHistogram = decode(row).getTotalCount();
            weighted += inHistogram;
            // a call that ends while a row is drained may land its count in one row and its time in the next
            if (Math.abs(inHistogram - row.getLong("count")) > 16) {
                sampledRows++;
            }
        }
        assertThat(sampledRows).as("rows after the first period are sampled").isGreaterThanOrEqualTo(2);
        assertThat((double) weighted).as("%d weighted calls of %d", weighted, calls).isCloseTo(calls, within(calls * 0.05));
    }

    @Test
    void theAnalyzerCountsEveryCallAndSaysWhichOperationWasSampled() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = GeoFlightCli.run(new String[] {"analyze", recording.toString(), "--format", "json"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        JsonNode report = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        List<String> warnings = new ArrayList<>();
        report.get("warnings").forEach(w -> warnings.add(w.asText()));
        assertThat(warnings).filteredOn(w -> w.contains("the agent measured")).singleElement().asString()
                .contains("the agent measured 1 cheap operation(s) on 1 in 16 of their calls (WKBWriter.write)");
        long counted = 0;
        for (JsonNode row : report.get("hotspots")) {
            if (row.get("operation").asText().equals("WKBWriter.write")) {
                counted += row.get("count").asLong();
            }
        }
        assertThat(counted).isEqualTo(calls);
    }

    private static Histogram decode(RecordedEvent row) throws Exception {
        byte[] bytes = Base64.getDecoder().decode(row.getString("histogram"));
        return Histogram.decodeFromCompressedByteBuffer(ByteBuffer.wrap(bytes), 0);
    }
}
