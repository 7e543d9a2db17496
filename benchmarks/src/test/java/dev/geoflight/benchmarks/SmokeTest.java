package dev.geoflight.benchmarks;

import dev.geoflight.events.SpatialOperationEvent;
import jdk.jfr.Recording;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Each benchmark and reader once, at tiny size. Nothing here is timed: figures live in RESULTS.md. */
class SmokeTest {

    @Test
    void benchmarkInputsDoWhatTheirNamesSay() {
        OverheadBenchmark benchmark = new OverheadBenchmark();
        benchmark.setUp();
        assertThat(benchmark.cheapDisjointIntersects()).isFalse();
        assertThat(benchmark.cheapPointInPolygon()).isTrue();
        assertThat(benchmark.mediumIntersects()).isTrue();
        assertThat(benchmark.heavyBuffer().getArea()).isPositive();
    }

    @Test
    void jmhRunsEveryBenchmarkInProcess(@TempDir Path dir) throws Exception {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
                .include(OverheadBenchmark.class.getName() + "\\.")
                .param("mode", "none")
                .forks(0)
                .warmupIterations(0)
                .measurementIterations(1)
                .measurementTime(TimeValue.milliseconds(20))
                .shouldFailOnError(true)
                .output(dir.resolve("jmh.txt").toString())
                .build()).run();
        assertThat(results).hasSize(OverheadSection.BENCHES.size());
    }

    @Test
    void interleavedSlicesRunTheMediumCallAndTheDemoByTurns(@TempDir Path dir) throws Exception {
        Context context = new Context(dir, dir, Path.of(System.getProperty("java.home")), null, dir.resolve("unused.jar"),
                true, System.err);
        String classPath = System.getProperty("java.class.path");
        List<Double> medium = new InterleavedSlices(context, new InterleavedSlices.Workload(classPath,
                MediumSlices.class.getName(), List.of(), 20, 1, 3))
                // a recording prints "Started recording ..." where the answers go: they are told apart
                .ratios(List.of(List.of(), List.of("-XX:StartFlightRecording"), List.of()));
        assertThat(medium).hasSize(2).allSatisfy(ratio -> assertThat(ratio).isStrictlyBetween(0.2, 5.0));
        List<Double> demo = new InterleavedSlices(context, new InterleavedSlices.Workload(classPath,
                DemoSlices.class.getName(), List.of("42", "1"), 50, 0, 2)).ratios(List.of(List.of(), List.of()));
        assertThat(demo).singleElement().satisfies(ratio -> assertThat(ratio).isStrictlyBetween(0.2, 5.0));
    }

    @Test
    void aSliceWorkerThatDiesIsReported(@TempDir Path dir) {
        Context context = new Context(dir, dir, Path.of(System.getProperty("java.home")), null, dir.resolve("unused.jar"),
                true, System.err);
        InterleavedSlices slices = new InterleavedSlices(context, new InterleavedSlices.Workload(
                System.getProperty("java.class.path"), "no.such.Main", List.of(), 20, 0, 1));
        assertThatThrownBy(() -> slices.ratios(List.of(List.of(), List.of())))
                .isInstanceOf(java.io.IOException.class)
                .hasMessage("a slice worker ended early (exit 1), see its log in " + dir);
        assertThat(dir.resolve("slices-arm0.log")).content().contains("no.such.Main");
    }

    @Test
    void workloadMakesItsCalls() {
        assertThat(new Workload().run(2_000)).isPositive();
    }

    @Test
    void recordingFileLoopAndJmcGroupTheSameEvents(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("small.jfr");
        try (Recording recording = new Recording()) {
            recording.enable(SpatialOperationEvent.NAME).withThreshold(java.time.Duration.ZERO);
            recording.start();
            for (int i = 0; i < 30; i++) {
                SpatialOperationEvent event = new SpatialOperationEvent();
                event.begin();
                event.operation = i % 2 == 0 ? "Geometry.intersects" : "Geometry.buffer";
                event.layer = i % 3 == 0 ? "roads" : "";
                event.complexity = "simple";
                event.allocated = 100;
                event.commit();
            }
            recording.stop();
            recording.dump(file);
        }
        String loop = RecordingFileLoop.read(file);
        String jmc = JmcLoad.read(file.toFile());
        assertThat(loop).startsWith("groups: 4 spatial-events: 30 ");
        assertThat(jmc).startsWith("groups: 4 spatial-events: 30 ");
        assertThat(RecordsSection.read(file)).singleElement()
                .satisfies(type -> assertThat(type.events()).isEqualTo(30));
    }

    @Test
    void gcLogGivesPeakAndLiveHeap(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gc.log");
        Files.write(log, List.of(
                "Using G1",
                "GC(0) Pause Young (Normal) (G1 Evacuation Pause) 24M->3M(256M) 1.234ms",
                "GC(1) Pause Young (Normal) (G1 Evacuation Pause) 30M->7M(256M) 1.001ms",
                " garbage-first heap   total reserved 262144K, committed 262144K, used 12288K [0x0, 0x1)",
                " Metaspace       used 59999K, committed 128K, reserved 1114112K"));
        GcLog gc = GcLog.read(log);
        assertThat(gc.peakBytes()).isEqualTo(30L << 20);
        assertThat(gc.liveBytes()).isEqualTo(7L << 20);
        assertThat(gc.collections()).isEqualTo(2);
    }

    @Test
    void gcLogOfTheSerialCollectorAddsItsGenerationsAtExit(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("gc.log");
        Files.write(log, List.of(
                "Using Serial",
                "GC(0) Pause Young (Allocation Failure) 69M->13M(247M) 12.678ms",
                "Heap",
                " DefNew     total 78656K, used 63737K [0x00000000f0000000, 0x00000000f5550000, 0x00000000f5550000)",
                "  eden space 69952K,  84% used [0x00000000f0000000, 0x00000000f39b8fa0, 0x00000000f4450000)",
                " Tenured    total 174784K, used 21254K [0x00000000f5550000, 0x0000000100000000, 0x0000000100000000)",
                " Metaspace       used 5856K, committed 6080K, reserved 1114112K"));
        GcLog gc = GcLog.read(log);
        assertThat(gc.peakBytes()).isEqualTo((63737L + 21254L) << 10);
        assertThat(gc.liveBytes()).isEqualTo(13L << 20);
        assertThat(gc.collections()).isEqualTo(1);

        Files.write(log, List.of("Using Serial", "Heap",
                " def new generation   total 78656K, used 1024K [0x00000000f0000000, 0x00000000f5550000, 0x00000000f5550000)",
                " tenured generation   total 174784K, used 0K [0x00000000f5550000, 0x0000000100000000, 0x0000000100000000)"));
        assertThat(GcLog.read(log)).isEqualTo(new GcLog(1024L << 10, 1024L << 10, 0));
    }

    @Test
    void reportListsTargetsAndSections() {
        Report report = new Report();
        report.target("t1", true, "1 ns");
        report.target("t2", false, "2 ns");
        report.target("t3", Report.Verdict.NOT_MEASURED, "no jar");
        report.section("## A section\n\ntext");
        String markdown = report.markdown("# Title");
        assertThat(markdown).contains("| t1 | **met** | 1 ns |", "| t2 | **missed** | 2 ns |",
                "| t3 | not measured | no jar |", "## A section");
    }

    @Test
    void aFigureWithAnErrorIsJudgedOnlyWhenTheWholeIntervalIsOnOneSide() {
        assertThat(Report.Verdict.atMost(10, 2, 15)).isEqualTo(Report.Verdict.MET);
        assertThat(Report.Verdict.atMost(13, 2, 15)).isEqualTo(Report.Verdict.MET);
        assertThat(Report.Verdict.atMost(14, 2, 15)).isEqualTo(Report.Verdict.UNRESOLVED);
        assertThat(Report.Verdict.atMost(17, 2, 15)).isEqualTo(Report.Verdict.UNRESOLVED);
        assertThat(Report.Verdict.atMost(17.5, 2, 15)).isEqualTo(Report.Verdict.MISSED);
        assertThat(Report.Verdict.atMost(Double.NaN, 2, 15)).isEqualTo(Report.Verdict.NOT_MEASURED);
        assertThat(Report.Verdict.atLeast(2.2, 0.2, 2)).isEqualTo(Report.Verdict.MET);
        assertThat(Report.Verdict.atLeast(2.1, 0.2, 2)).isEqualTo(Report.Verdict.UNRESOLVED);
        assertThat(Report.Verdict.atLeast(1.85, 0.1, 2)).isEqualTo(Report.Verdict.MISSED);
        assertThat(Report.Verdict.atLeast(2.5, Double.NaN, 2)).isEqualTo(Report.Verdict.MET);
        Report report = new Report();
        report.target("t4", Report.Verdict.atMost(14, 2, 15), "14 ± 2 ns");
        assertThat(report.markdown("# Title"))
                .contains("| t4 | unresolved (the limit is within the measurement's error) | 14 ± 2 ns |");
    }

    @Test
    void aTargetMeasuredOnTwoJdksIsMetOnlyWhenMetOnBoth() {
        Report.Verdict met = Report.Verdict.MET;
        assertThat(Report.Verdict.all(List.of(met, met))).isEqualTo(met);
        assertThat(Report.Verdict.all(List.of(met, Report.Verdict.UNRESOLVED))).isEqualTo(Report.Verdict.UNRESOLVED);
        assertThat(Report.Verdict.all(List.of(Report.Verdict.UNRESOLVED, Report.Verdict.MISSED))).isEqualTo(Report.Verdict.MISSED);
        assertThat(Report.Verdict.all(List.of(met, Report.Verdict.NOT_MEASURED))).isEqualTo(Report.Verdict.NOT_MEASURED);
        assertThat(Report.Verdict.all(List.of())).isEqualTo(Report.Verdict.NOT_MEASURED);
    }

    @Test
    void theMediansErrorIsItsNotch() {
        // quartiles of 1..9 are 3 and 7: 1.58 × 4 / √9
        assertThat(Stats.medianError(List.of(9.0, 1.0, 5.0, 2.0, 8.0, 3.0, 7.0, 4.0, 6.0))).isCloseTo(2.1067, within(1e-4));
        // quartiles of 0, 10, 20, 30 interpolate to 7.5 and 22.5: 1.58 × 15 / 2
        assertThat(Stats.medianError(List.of(0.0, 10.0, 20.0, 30.0))).isCloseTo(11.85, within(1e-9));
        assertThat(Stats.medianError(List.of(1.0, 2.0))).isNaN();
    }

    @Test
    void quickRunsJudgeNoTarget() {
        Report report = new Report(true);
        report.target("t1", false, "2 ns");
        assertThat(report.markdown("# Title")).contains("| t1 | not judged (quick run) | 2 ns |");
    }
}
