package dev.geoflight.it.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.it.harness.AgentJvm;
import dev.geoflight.it.harness.ItEnvironment;
import dev.geoflight.it.harness.JvmRun;
import dev.geoflight.it.harness.Recorded;
import dev.geoflight.it.workload.CountsWorkload;
import dev.geoflight.it.workload.analyzer.ChunkedWorkload;
import dev.geoflight.it.workload.analyzer.CrashWorkload;
import jdk.jfr.consumer.RecordingFile;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static dev.geoflight.it.analyzer.AnalyzerRun.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Recordings as users bring them: made on JDK 17 and on JDK 25 (the same counts), with the
 * agent's {@code record=} option (per-call events cut at 10 ms, exact counts), cut short by a
 * JVM that died while writing (complete chunks used, a warning, exit 0; nothing usable: exit 2),
 * left in JFR's repository by a JVM that was killed (every call before the kill), merged with
 * async-profiler's samples by its {@code jfrsync} (the same counts), and made without the agent
 * (the contract's "no GeoFlight events" message, exit 2).
 */
class InputsIT {

    private static final Path JDK17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
    private static final Path JDK25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64");

    @Test
    void recordingsFromJdk17AndJdk25AnalyzeToTheSameCounts() {
        assumeTrue(Files.isExecutable(JDK17.resolve("bin/java")), "JDK 17 is not installed at " + JDK17 + ": skipped");
        assumeTrue(Files.isExecutable(JDK25.resolve("bin/java")), "JDK 25 is not installed at " + JDK25 + ": skipped");
        JsonNode on17 = analyzeCountsWorkloadOn(17, JDK17);
        JsonNode on25 = analyzeCountsWorkloadOn(25, JDK25);

        Map<String, Long> expected = new TreeMap<>(CountsWorkload.expectedCounts());
        assertThat(countsByOperationAndLayer(on17)).isEqualTo(expected);
        assertThat(countsByOperationAndLayer(on25)).isEqualTo(expected);
        assertThat(countsByCell(on25)).isEqualTo(countsByCell(on17));
        assertThat(on17.get("recording").get("callEvents").asLong()).isEqualTo(on25.get("recording").get("callEvents").asLong())
                .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
        assertThat(rows(on17.get("warnings"))).isEmpty();
        assertThat(rows(on25.get("warnings"))).isEmpty();
    }

    private static JsonNode analyzeCountsWorkloadOn(int feature, Path home) {
        Path dir = ItEnvironment.workDir("analyzer-jdk-" + feature);
        Path jfr = dir.resolve("jdk" + feature + ".jfr");
        JvmRun run = AgentJvm.of(CountsWorkload.class, dir).javaHome(home).agentOptions("log=quiet").recordAllCalls(jfr)
                .run().assertSucceeded();
        assertThat(run.stdoutLines()).first().isEqualTo("java=" + feature);
        JsonNode report = AnalyzerRun.of("analyze", jfr, "--format", "json").assertStatus(0).json();
        assertThat(report.get("recording").get("jvm").asText()).as("JVM of %s", jfr).contains(" " + feature);
        assertThat(AnalyzerRun.withJdkReader("analyze", jfr, "--format", "json").assertStatus(0).json())
                .as("the report of %s read by RecordingFile", jfr).isEqualTo(report);
        return report;
    }

    /**
     * The agent's own {@code record=} option keeps per-call events of 10 ms or more only: counts
     * stay exact (from the statistics), and a warning says how few calls the per-call sections
     * describe.
     */
    @Test
    void theRecordOptionsThresholdKeepsCountsExactAndSaysWhatTheCallSectionsLack() {
        Path dir = ItEnvironment.workDir("analyzer-record-option");
        Path jfr = dir.resolve("record-option.jfr");
        AgentJvm.of(CountsWorkload.class, dir).agentOptions("record=" + jfr + ",log=quiet").run().assertSucceeded();
        long events = Recorded.read(jfr).operations().size();
        long calls = CountsWorkload.expectedCounts().values().stream().mapToLong(Long::longValue).sum();

        JsonNode report = AnalyzerRun.of("analyze", jfr, "--format", "json").assertStatus(0).json();
        assertThat(countsByOperationAndLayer(report)).isEqualTo(new TreeMap<>(CountsWorkload.expectedCounts()));
        assertThat(report.get("recording").get("callEvents").asLong()).isEqualTo(events).isLessThan(calls);
        assertThat(rows(report.get("slowest"))).hasSize((int) Math.min(events, 20));
        String expected = events == 0 ? "no per-call events"
                : String.format(Locale.ROOT, "per-call events cover %,d of %,d calls", events, calls);
        assertThat(rows(report.get("warnings"))).extracting(JsonNode::asText).anySatisfy(w -> assertThat(w).contains(expected));
    }

    /**
     * A recording in three chunks (the workload makes JFR start new ones) cut in the middle of the
     * last: the complete chunks, which hold the whole first phase, are analyzed, with a warning that
     * names the file; cut inside the first chunk, nothing is left: one line, exit 2.
     */
    @Test
    void aRecordingCutShortUsesItsCompleteChunksAndWarns() throws IOException {
        Path dir = ItEnvironment.workDir("analyzer-truncated");
        Path whole = dir.resolve("whole.jfr");
        AgentJvm.of(ChunkedWorkload.class, dir).agentOptions("log=quiet").recordAllCalls(whole).run().assertSucceeded();
        List<long[]> chunks = chunks(whole);
        assertThat(chunks).as("chunks (start, size) of %s", whole).hasSizeGreaterThanOrEqualTo(2);

        // the intact file holds both phases
        JsonNode intact = AnalyzerRun.of("analyze", whole, "--format", "json").assertStatus(0).json();
        assertThat(rows(intact.get("hotspots"))).extracting(r -> r.get("layer").asText(), r -> r.get("count").asLong())
                .containsExactlyInAnyOrder(tuple("before", (long) ChunkedWorkload.BEFORE), tuple("after", (long) ChunkedWorkload.AFTER));
        assertThat(rows(intact.get("warnings"))).isEmpty();

        long[] last = chunks.get(chunks.size() - 1);
        Path cut = copyCut(whole, dir.resolve("cut-in-last-chunk.jfr"), last[0] + last[1] / 2);
        JsonNode report = AnalyzerRun.of("analyze", cut, "--format", "json").assertStatus(0).json();
        assertThat(rows(report.get("hotspots")))
                .extracting(r -> r.get("operation").asText(), r -> r.get("layer").asText(), r -> r.get("count").asLong())
                .containsExactly(tuple("Geometry.intersects", "before", (long) ChunkedWorkload.BEFORE));
        assertThat(rows(report.get("warnings"))).extracting(JsonNode::asText).singleElement().asString()
                .startsWith(cut.toString()).contains("truncated");
        assertThat(AnalyzerRun.withJdkReader("analyze", cut, "--format", "json").assertStatus(0).json())
                .as("the report of %s read by RecordingFile", cut).isEqualTo(report);
        AnalyzerRun text = AnalyzerRun.of("analyze", cut).assertStatus(0);
        assertThat(text.out()).contains("Warnings\n  ! " + cut);
        assertThat(text.err()).isEmpty();

        Path nothing = copyCut(whole, dir.resolve("cut-in-first-chunk.jfr"), chunks.get(0)[1] / 2);
        AnalyzerRun none = AnalyzerRun.of("analyze", nothing).assertStatus(2);
        assertThat(none.errLines()).singleElement().asString().startsWith("geoflight: " + nothing).contains("truncated");
        assertThat(none.out()).isEmpty();
    }

    /**
     * A JVM killed while it records (SIGKILL): nothing is written at its {@code filename=}, but
     * JFR's disk repository holds its chunks, the last one as far as JFR had flushed it. Analyzed
     * together they hold every call made before the kill.
     */
    @Test
    void theRepositoryOfAKilledJvmHoldsTheCallsMadeBeforeTheKill() throws Exception {
        Path dir = ItEnvironment.workDir("analyzer-killed");
        Path repository = Files.createDirectories(dir.resolve("repository"));
        Path jfr = dir.resolve("never-written.jfr");
        List<String> command = AgentJvm.of(CrashWorkload.class, dir).agentOptions("log=quiet").recordAllCalls(jfr)
                .jvmArgs("-XX:FlightRecorderOptions:repository=" + repository).command();
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(key -> key.startsWith("GEOFLIGHT_"));
        Process process = builder.start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> printed = new CopyOnWriteArrayList<>();
            CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> {
                try {
                    for (String line = out.readLine(); line != null; line = out.readLine()) {
                        printed.add(line);
                        if (line.equals("ready")) {
                            return true;
                        }
                    }
                    return false;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThat(ready.get(60, TimeUnit.SECONDS)).as("the workload got ready; it printed %s", printed).isTrue();
        } finally {
            process.destroyForcibly().waitFor();
        }
        assertThat(!Files.exists(jfr) || Files.size(jfr) == 0).as("%s was not written", jfr).isTrue();

        List<Path> chunks;
        try (Stream<Path> files = Files.walk(repository)) {
            chunks = files.filter(f -> f.toString().endsWith(".jfr")).sorted().toList();
        }
        assertThat(chunks).as("chunk files in %s", repository).hasSizeGreaterThanOrEqualTo(2);
        JsonNode report = AnalyzerRun.of(Stream.concat(Stream.of("analyze"), Stream.concat(chunks.stream().map(Path::toString),
                Stream.of("--format", "json"))).toArray()).assertStatus(0).json();
        assertThat(rows(report.get("hotspots")))
                .extracting(r -> r.get("operation").asText(), r -> r.get("layer").asText(), r -> r.get("count").asLong())
                .containsExactlyInAnyOrder(tuple("Geometry.intersects", "before", (long) ChunkedWorkload.BEFORE),
                        tuple("Geometry.intersects", "after", (long) ChunkedWorkload.AFTER));
    }

    /**
     * async-profiler started with {@code jfrsync}: its CPU samples and the agent's events merged
     * into one file, whose chunks number event types differently. The same counts as any recording.
     */
    @Test
    void anAsyncProfilerJfrsyncRecordingAnalyzesToTheSameCounts() throws IOException {
        Optional<Path> library = ItEnvironment.asyncProfilerLibrary();
        assumeTrue(library.isPresent(), "async-profiler's jar has no native library for this platform: skipped");
        Path dir = ItEnvironment.workDir("analyzer-async-profiler");
        Path jfr = dir.resolve("jfrsync.jfr");
        // itimer: CPU samples without perf_events, which containers and CI machines often deny
        AgentJvm.of(CountsWorkload.class, dir).agentOptions("log=quiet")
                .jvmArgs("-agentpath:" + library.get() + "=start,event=itimer,interval=1ms,jfrsync="
                        + ItEnvironment.detailedJfc() + ",file=" + jfr)
                .run().assertSucceeded();
        assertThat(executionSamples(jfr)).as("async-profiler's samples in the file").isPositive();

        JsonNode report = AnalyzerRun.of("analyze", jfr, "--format", "json").assertStatus(0).json();
        Map<String, Long> expected = new TreeMap<>(CountsWorkload.expectedCounts());
        assertThat(countsByOperationAndLayer(report)).isEqualTo(expected);
        assertThat(report.get("recording").get("callEvents").asLong())
                .isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
        assertThat(rows(report.get("warnings"))).isEmpty();
    }

    private static long executionSamples(Path jfr) throws IOException {
        try (RecordingFile file = new RecordingFile(jfr)) {
            long samples = 0;
            while (file.hasMoreEvents()) {
                if (file.readEvent().getEventType().getName().equals("jdk.ExecutionSample")) {
                    samples++;
                }
            }
            return samples;
        }
    }

    /** A plain -XX:StartFlightRecording of a JTS workload without the agent: no GeoFlight events, and how to get them. */
    @Test
    void aRecordingWithoutTheAgentSaysHowToRecordGeoFlightEvents() {
        Path dir = ItEnvironment.workDir("analyzer-no-agent");
        Path jfr = dir.resolve("no-agent.jfr");
        AgentJvm.of(CountsWorkload.class, dir).withoutAgent().jvmArgs("-XX:StartFlightRecording:filename=" + jfr)
                .run().assertSucceeded();
        assertThat(jfr).isRegularFile();

        AnalyzerRun run = AnalyzerRun.of("analyze", jfr).assertStatus(2);
        assertThat(run.errLines()).singleElement().asString()
                .startsWith("geoflight: " + jfr + ": recording has no GeoFlight events")
                .contains("-javaagent:");
        assertThat(run.out()).isEmpty();
        // the same for the other commands that read recordings
        AnalyzerRun check = AnalyzerRun.of("check", jfr, "--slo", "operation=Geometry.buffer:p95<1s").assertStatus(2);
        assertThat(check.errLines()).singleElement().asString().contains("no GeoFlight events");
    }

    /** (start, size) of each chunk: a chunk header is "FLR\0", major and minor version (2 bytes each), then the chunk's size. */
    private static List<long[]> chunks(Path file) throws IOException {
        List<long[]> chunks = new ArrayList<>();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            long start = 0;
            while (start < in.length()) {
                in.seek(start);
                byte[] magic = new byte[4];
                in.readFully(magic);
                assertThat(magic).as("chunk magic at %d of %s", start, file).isEqualTo(new byte[] {'F', 'L', 'R', 0});
                in.seek(start + 8);
                long size = in.readLong();
                chunks.add(new long[] {start, size});
                start += size;
            }
        }
        return chunks;
    }

    private static Path copyCut(Path from, Path to, long length) throws IOException {
        byte[] bytes = Files.readAllBytes(from);
        return Files.write(to, Arrays.copyOf(bytes, (int) length));
    }

    private static Map<String, Long> countsByOperationAndLayer(JsonNode report) {
        return rows(report.get("hotspots")).stream().collect(Collectors.groupingBy(
                r -> r.get("operation").asText() + "|" + r.get("layer").asText(), TreeMap::new,
                Collectors.summingLong(r -> r.get("count").asLong())));
    }

    private static Map<String, Long> countsByCell(JsonNode report) {
        return rows(report.get("hotspots")).stream().collect(Collectors.toMap(
                r -> r.get("operation").asText() + "|" + r.get("layer").asText() + "|" + r.get("complexity").asText(),
                r -> r.get("count").asLong(), Long::sum, TreeMap::new));
    }
}
