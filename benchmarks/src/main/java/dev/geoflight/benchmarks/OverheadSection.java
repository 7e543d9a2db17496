package dev.geoflight.benchmarks;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.geoflight.benchmarks.Stats.f;
import static dev.geoflight.benchmarks.Stats.ns;

/** Issue 5, points 1 and 2: JMH per-call cost in every {@link JvmMode}, ratios to no agent from the same run. */
public final class OverheadSection {

    /** Benchmark method, with its size class and what it calls. */
    record Bench(String method, String size, String call) {
    }

    static final List<Bench> BENCHES = List.of(
            new Bench("cheapDisjointIntersects", "cheap", "`Geometry.intersects`, envelopes disjoint"),
            new Bench("cheapPointInPolygon", "cheap", "`PreparedGeometry.contains`, point in a 12-corner polygon"),
            new Bench("mediumIntersects", "medium", "`Geometry.intersects`, two overlapping 32-corner polygons"),
            new Bench("heavyBuffer", "heavy", "`Geometry.buffer(5)` of a 500-vertex line"));

    /** One JMH score: mean ns/op and its 99.9 % error half-width. */
    record Score(double nanos, double error) {
    }

    /** Every JVM measured here, JMH's forks and the medium rounds' workers alike. */
    private static final List<String> HEAP = List.of("-Xms1g", "-Xmx1g");

    private final Context context;
    /** The medium rounds' workers: quarter-second slices, six seconds of warm-up each (the table's), then 12 measured. */
    private final InterleavedSlices mediumSlices;

    public OverheadSection(Context context) {
        this.context = context;
        this.mediumSlices = new InterleavedSlices(context, new InterleavedSlices.Workload(context.benchmarksJar().toString(),
                MediumSlices.class.getName(), List.of(), 250, WARMUP_SECONDS * 4, 12));
    }

    public void run(Report report) throws Exception {
        Map<JvmMode, Map<String, Score>> scores = new EnumMap<>(JvmMode.class);
        List<String> skipped = new ArrayList<>();
        for (JvmMode mode : JvmMode.values()) {
            if (!mode.availableOn(context)) {
                skipped.add(mode.label() + " (needs JDK 25)");
                continue;
            }
            context.say("JMH, mode %s", mode.label());
            try {
                scores.put(mode, measure(mode));
            } catch (Exception e) {
                context.say("JMH mode %s failed: %s", mode.label(), e);
                skipped.add(mode.label() + " (failed: " + e.getMessage() + ")");
            }
        }
        List<Double> mediumRounds = List.of();
        if (scores.containsKey(JvmMode.NONE) && scores.containsKey(JvmMode.ATTACHED)) {
            try {
                mediumRounds = mediumRounds();
            } catch (Exception e) {
                context.say("JMH medium rounds failed: %s", e);
            }
        }
        write(report, scores, skipped, mediumRounds);
    }

    private static final int ANCHOR_FORKS = 10;
    private static final int COMPARED_FORKS = 3;
    private static final int WARMUP_SECONDS = 6;

    /**
     * Ten JVMs for the anchors of the strictest targets (2 %, 15 ns): a 10 µs call's per-fork means
     * spread by ±4 %, so six left the 2 % unresolved (±2.8 %). Three for the modes compared with a
     * target of their own (300 ns, JEP 520): one JVM's four iterations give a 99.9 % error of
     * t(3) = 12.9 standard errors, 213 ± 218 ns in one run. One otherwise.
     */
    private static int forks(JvmMode mode) {
        return switch (mode) {
            case NONE, ATTACHED -> ANCHOR_FORKS;
            case GEOFLIGHT, DETAILED_NO_STACK, JDK_METHOD_TIMING -> COMPARED_FORKS;
            default -> 1;
        };
    }

    private Map<String, Score> measure(JvmMode mode) throws Exception {
        Map<String, Score> result = new LinkedHashMap<>();
        for (RunResult run : new Runner(options(mode, context.quick() ? 1 : forks(mode)).build()).run()) {
            String benchmark = run.getParams().getBenchmark();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            result.put(method, new Score(run.getPrimaryResult().getScore(), run.getPrimaryResult().getScoreError()));
        }
        return result;
    }

    /** JMH options for {@code forks} JVMs of one mode, every benchmark; JMH's output goes to a file named by the mode. */
    private ChainedOptionsBuilder options(JvmMode mode, int forks) throws Exception {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(OverheadBenchmark.class.getName() + "\\.")
                .param("mode", mode.label())
                .jvm(context.java().toString())
                // fixed, so that the harness's own JVM arguments never leak into the forks
                .jvmArgs(HEAP.toArray(String[]::new))
                .jvmArgsAppend(mode.jvmArgs(context, OverheadBenchmark.JDK_METHOD_FILTER).toArray(String[]::new))
                // the modes the targets compare get several JVMs: fork-to-fork differences in JIT
                // decisions are the largest noise in a comparison across JVMs (see forks)
                .forks(forks)
                .shouldFailOnError(true)
                .output(context.work().resolve("jmh-" + mode.label() + ".txt").toString());
        if (context.quick()) {
            options.warmupIterations(1).warmupTime(TimeValue.milliseconds(300))
                    .measurementIterations(2).measurementTime(TimeValue.milliseconds(300));
        } else {
            // Six seconds of warm-up: until then every young collection copies the JVM's and the
            // agent's start-up objects again, until they are promoted (15 collections, about 5 s
            // at the medium and heavy calls' 2 GB/s of allocation). With 2 s the attached agent's
            // 2 MB of them cost mediumIntersects 4.7 ms per collection instead of 2.6 ms, a
            // start-up cost (section 4) that read as per-call overhead (+4.3 % ± 4.4 %).
            options.warmupIterations(WARMUP_SECONDS).warmupTime(TimeValue.seconds(1))
                    .measurementIterations(4).measurementTime(TimeValue.seconds(1));
        }
        return options;
    }

    static final int MEDIUM_ROUNDS = 48;

    /**
     * The 2 % target on the medium call, on JVMs of its own: each round one JVM without the agent
     * and one with it, alive together and calling by turns in quarter-second slices
     * ({@link InterleavedSlices}): six seconds of warm-up each (the table's), then 12 slices each,
     * the round scored by the median of attached / none over adjacent slices. The table's ten JVMs
     * of each mode run minutes apart, all of one mode first; the previous design here, one JMH
     * fork of each mode after the other, still let a busy spell land on one side (32 such rounds
     * spread from ×0.80 to ×1.31, a notch of ±2 %). Interleaved, two JVMs without the agent still
     * differ by ±2 %: each JVM's JIT compiles the call its own way. 32 pilot rounds put the
     * attached agent at +1.4 % ± 0.75 %, hence 48 rounds (about 15 minutes) for a notch of ±0.6 %.
     * Returns attached / none per round.
     */
    private List<Double> mediumRounds() throws Exception {
        List<String> none = new ArrayList<>(HEAP);
        none.addAll(JvmMode.NONE.jvmArgs(context, OverheadBenchmark.JDK_METHOD_FILTER));
        List<String> attached = new ArrayList<>(HEAP);
        attached.addAll(JvmMode.ATTACHED.jvmArgs(context, OverheadBenchmark.JDK_METHOD_FILTER));
        List<Double> ratios = new ArrayList<>();
        int rounds = context.quick() ? 1 : MEDIUM_ROUNDS;
        for (int round = 1; round <= rounds; round++) {
            context.say("medium round %d of %d (interleaved slices)", round, rounds);
            ratios.add(mediumSlices.ratios(List.of(none, attached)).get(0));
        }
        return ratios;
    }

    private void write(Report report, Map<JvmMode, Map<String, Score>> scores, List<String> skipped, List<Double> mediumRounds) {
        StringBuilder out = new StringBuilder("## 1. Per-call cost of instrumented JTS operations (JMH)\n\n");
        out.append(f("JMH 1.37, average time, 1 fork per benchmark and mode (in a full run %d for *none* and *attached*, %d for *geoflight*, *detailed-nostack* and *jep520-timing*), %s; forks run with `-Xms1g -Xmx1g` "
                        + "plus the mode's arguments. Cells: ns/op ± 99.9 %% error, then the ratio to *none* "
                        + "from this run.%n%n",
                ANCHOR_FORKS, COMPARED_FORKS, context.quick() ? "**quick mode** (1 × 0.3 s warm-up, 2 × 0.3 s measurement: smoke figures only)"
                        : WARMUP_SECONDS + " × 1 s warm-up, 4 × 1 s measurement"));
        List<JvmMode> modes = new ArrayList<>(scores.keySet());
        List<String> header = new ArrayList<>(List.of("benchmark", "size"));
        for (JvmMode mode : modes) {
            header.add(mode.label());
        }
        List<List<String>> rows = new ArrayList<>();
        Map<String, Score> none = scores.getOrDefault(JvmMode.NONE, Map.of());
        for (Bench bench : BENCHES) {
            List<String> row = new ArrayList<>(List.of("`" + bench.method() + "`", bench.size()));
            for (JvmMode mode : modes) {
                Score score = scores.get(mode).get(bench.method());
                Score anchor = none.get(bench.method());
                row.add(score == null ? "–" : ns(score.nanos()) + " ± " + ns(score.error())
                        + (anchor == null || mode == JvmMode.NONE ? "" : " (×" + Stats.ratio(score.nanos(), anchor.nanos()) + ")"));
            }
            rows.add(row);
        }
        out.append(Report.table(header, rows)).append('\n');
        out.append("Modes:\n\n");
        for (JvmMode mode : modes) {
            out.append("- *").append(mode.label()).append("*: ").append(mode.description()).append('\n');
        }
        for (String skip : skipped) {
            out.append("- not run: ").append(skip).append('\n');
        }
        out.append("\nBenchmarks:\n\n");
        for (Bench bench : BENCHES) {
            out.append("- `").append(bench.method()).append("` (").append(bench.size()).append("): ")
                    .append(bench.call()).append('\n');
        }
        out.append("\nJEP 520 filter: `").append(OverheadBenchmark.JDK_METHOD_FILTER).append("`.\n\n");
        out.append(overheadTable(scores));
        if (!mediumRounds.isEmpty()) {
            out.append(f("%n### Attached against none on `mediumIntersects`, interleaved%n%n"
                    + "%d rounds, each two JVMs alive together, one without the agent and one with it (`-Xms1g -Xmx1g`), "
                    + "calling `mediumIntersects` by turns in %d ms slices, the order swapped every slice: %d slices each of "
                    + "warm-up, then %d measured; each round scored by the median over its measured slices of attached / none "
                    + "ns per call in adjacent slices. Rounds: %s. Median %s with its notch (1.58 × IQR / √n) as the error: "
                    + "this decides the 2 %% target, since the table's JVMs of the two modes run minutes apart.%n",
                    mediumRounds.size(), mediumSlices.workload().sliceMillis(), mediumSlices.workload().warmupSlices(),
                    mediumSlices.workload().measuredSlices(),
                    mediumRounds.stream().map(r -> f("×%.3f", r)).collect(java.util.stream.Collectors.joining(", ")),
                    f("×%.3f", Stats.median(mediumRounds))));
        }
        report.section(out.toString());
        targets(report, scores, mediumRounds);
    }

    /** Per-call cost added by each mode: mode − none, in ns. */
    private static String overheadTable(Map<JvmMode, Map<String, Score>> scores) {
        Map<String, Score> none = scores.get(JvmMode.NONE);
        if (none == null) {
            return "";
        }
        StringBuilder out = new StringBuilder("### Added cost per call (mode − none, ns) — GeoFlight against JEP 520\n\n");
        List<JvmMode> modes = new ArrayList<>(scores.keySet());
        modes.remove(JvmMode.NONE);
        List<String> header = new ArrayList<>(List.of("benchmark"));
        for (JvmMode mode : modes) {
            header.add(mode.label());
        }
        List<List<String>> rows = new ArrayList<>();
        for (Bench bench : BENCHES) {
            List<String> row = new ArrayList<>(List.of("`" + bench.method() + "`"));
            for (JvmMode mode : modes) {
                row.add(ns(added(scores, mode, bench.method()).nanos()));
            }
            rows.add(row);
        }
        out.append(Report.table(header, rows));
        out.append("\nNegative or tiny differences on the heavy benchmark are within the run-to-run noise "
                + "of a 1 ms operation (see the ± column above).\n");
        return out.toString();
    }

    /**
     * Each target compares scores from different JVMs, each with JMH's 99.9 % error (the medium
     * one: the interleaved rounds' median with its notch): a target is met or missed only when the
     * difference and its error (the two errors in quadrature) are on one side of the limit;
     * otherwise this run cannot tell, and says so.
     */
    private static void targets(Report report, Map<JvmMode, Map<String, Score>> scores, List<Double> mediumRounds) {
        // attached, no recording: ≤ 2 % on medium (decided by the interleaved rounds), ≤ 15 ns on cheap
        Score mediumNone = scores.getOrDefault(JvmMode.NONE, Map.of()).get("mediumIntersects");
        Score mediumAttached = scores.getOrDefault(JvmMode.ATTACHED, Map.of()).get("mediumIntersects");
        if (mediumNone == null || mediumAttached == null || mediumRounds.isEmpty()) {
            report.target("attached, no recording: ≤ 2 % on medium operations", Report.Verdict.NOT_MEASURED, "not measured");
        } else {
            double fraction = Stats.median(mediumRounds) - 1;
            double error = Stats.medianError(mediumRounds);
            double tableFraction = mediumAttached.nanos() / mediumNone.nanos() - 1;
            double tableError = combined(mediumAttached, mediumNone) / mediumNone.nanos();
            report.target("attached, no recording: ≤ 2 % on medium operations", Report.Verdict.atMost(fraction, error, 0.02),
                    f("`mediumIntersects` %s ± %s (median of %d interleaved rounds); the table's means %s ns → %s ns (%s ± %s)",
                            Stats.percent(fraction), Stats.errorPercent(error), mediumRounds.size(), ns(mediumNone.nanos()),
                            ns(mediumAttached.nanos()), Stats.percent(tableFraction), Stats.errorPercent(tableError)));
        }
        Added cheap1 = added(scores, JvmMode.ATTACHED, "cheapDisjointIntersects");
        Added cheap2 = added(scores, JvmMode.ATTACHED, "cheapPointInPolygon");
        report.target("attached, no recording: ≤ 15 ns per call on cheap operations", worst(cheap1, cheap2, 15),
                f("added %s (`cheapDisjointIntersects`), %s (`cheapPointInPolygon`)", cheap1, cheap2));
        // detailed per-call event without stack trace ≤ 300 ns
        Added event1 = added(scores, JvmMode.DETAILED_NO_STACK, "cheapDisjointIntersects");
        Added event2 = added(scores, JvmMode.DETAILED_NO_STACK, "cheapPointInPolygon");
        report.target("a detailed per-call event without stack trace ≤ 300 ns", worst(event1, event2, 300),
                f("detailed-nostack − none: %s (`cheapDisjointIntersects`), %s (`cheapPointInPolygon`); "
                                + "with stack traces: %s, %s",
                        event1, event2, added(scores, JvmMode.DETAILED, "cheapDisjointIntersects"),
                        added(scores, JvmMode.DETAILED, "cheapPointInPolygon")));
        // our per-call cost no higher than JEP 520 method timing's on the same methods
        if (!scores.containsKey(JvmMode.JDK_METHOD_TIMING)) {
            report.target("per-call cost no higher than JEP 520 method timing's", Report.Verdict.NOT_MEASURED, "JEP 520 modes need JDK 25");
        } else {
            Report.Verdict verdict = Report.Verdict.MET;
            List<String> figures = new ArrayList<>();
            for (Bench bench : BENCHES) {
                Score ours = scores.get(JvmMode.GEOFLIGHT).get(bench.method());
                Score jdk = scores.get(JvmMode.JDK_METHOD_TIMING).get(bench.method());
                if (ours == null || jdk == null) {
                    continue;
                }
                double difference = ours.nanos() - jdk.nanos();
                double error = combined(ours, jdk);
                // A per-call cost of tens of nanoseconds is resolved on the cheap calls (errors of a
                // few ns); on 10 µs and 1 ms calls it is far below the fork-to-fork noise, so there
                // the target asks only that ours is not measurably higher.
                Report.Verdict one = bench.size().equals("cheap") ? Report.Verdict.atMost(difference, error, 0)
                        : difference - error > 0 ? Report.Verdict.MISSED : Report.Verdict.MET;
                verdict = worse(verdict, one);
                figures.add(f("`%s` %s vs %s ns%s", bench.method(), ns(ours.nanos()), ns(jdk.nanos()),
                        one == Report.Verdict.MISSED ? " (higher)" : Math.abs(difference) <= error ? " (within error)" : ""));
            }
            report.target("geoflight.jfc per-call cost ≤ JEP 520 method timing's (same methods)", verdict,
                    "geoflight vs jep520-timing: " + String.join("; ", figures)
                            + "; judged on the cheap calls, where a per-call cost is resolved; medium and heavy must not be measurably higher");
        }
    }

    /** A mode's cost over *none* in ns per call, with the two scores' errors combined. */
    record Added(double nanos, double error) {
        @Override
        public String toString() {
            return Double.isNaN(nanos) ? "–" : ns(nanos) + " ± " + ns(error) + " ns";
        }
    }

    static Added added(Map<JvmMode, Map<String, Score>> scores, JvmMode mode, String method) {
        Score score = scores.getOrDefault(mode, Map.of()).get(method);
        Score none = scores.getOrDefault(JvmMode.NONE, Map.of()).get(method);
        return score == null || none == null ? new Added(Double.NaN, Double.NaN)
                : new Added(score.nanos() - none.nanos(), combined(score, none));
    }

    private static Report.Verdict worst(Added a, Added b, double limit) {
        return worse(Report.Verdict.atMost(a.nanos(), a.error(), limit), Report.Verdict.atMost(b.nanos(), b.error(), limit));
    }

    /** Missed over unresolved over not measured over met. */
    private static Report.Verdict worse(Report.Verdict a, Report.Verdict b) {
        List<Report.Verdict> order = List.of(Report.Verdict.MISSED, Report.Verdict.UNRESOLVED, Report.Verdict.NOT_MEASURED, Report.Verdict.MET);
        return order.indexOf(a) <= order.indexOf(b) ? a : b;
    }

    /** The error of a difference of two scores from separate JVMs: independent, so their errors add in quadrature. */
    private static double combined(Score a, Score b) {
        return Math.hypot(errorOrZero(a), errorOrZero(b));
    }

    private static double errorOrZero(Score score) {
        return Double.isNaN(score.error()) ? 0 : score.error();
    }
}
