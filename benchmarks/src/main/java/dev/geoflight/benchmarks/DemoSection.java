package dev.geoflight.benchmarks;

import java.io.File;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.geoflight.benchmarks.Stats.f;

/**
 * Issue 5, point 3: the demo's own ops/s line with and without the agent, every arm once per
 * round, in an order that rotates from round to round. Two more arms record the JDK's default.jfc,
 * alone and with the agent and geoflight.jfc (as users often record), to tell JFR's own cost from
 * GeoFlight's. The 5 % target is judged on rounds of their own: two demo JVMs alive together,
 * without the agent and with it and geoflight.jfc, working by turns in half-second slices
 * ({@link InterleavedSlices}). Whole runs one after the other differ by several per cent on this
 * kind of machine (8 rounds of them left a notch of ±3.3 % around the median loss), more than
 * the 5 % limit leaves room for.
 */
public final class DemoSection {

    private static final Pattern SUMMARY = Pattern.compile("demo: (\\d+) operations in ([\\d.]+) s \\((\\d+) ops/s\\)");

    private static final String NO_AGENT = "no agent";
    private static final String GEOFLIGHT = "agent + geoflight.jfc";
    private static final String DEFAULT_JFC = "no agent, default.jfc";
    private static final String BOTH = "agent + default.jfc + geoflight.jfc";

    private final Context context;

    public DemoSection(Context context) {
        this.context = context;
    }

    public void run(Report report) throws Exception {
        if (!Files.exists(context.demoJar())) {
            report.section("## 3. Demo throughput\n\nNot measured: " + context.demoJar() + " is missing.");
            report.target("geoflight.jfc ≤ 5 % on the demo", Report.Verdict.NOT_MEASURED, "demo jar missing");
            return;
        }
        // the five: the target is judged on the interleaved rounds below
        int rounds = context.quick() ? 1 : 5;
        // one worker: two would leave no core of a 2-core machine to the JVM's own threads (JIT, GC,
        // JFR), and runs of one arm spread by ±25 % instead of ±5 %
        String threads = context.quick() || Runtime.getRuntime().availableProcessors() > 2 ? "2" : "1";
        String seconds = context.quick() ? "2" : "8";
        // untimed work first: on 2 cores the JIT compiles the demo's JTS code for about 15 s (C2
        // compiles per 5 s without the agent: 656, 390, 78, 18, 25), and the agent adds the one-time
        // transformation of the JTS classes the city generation did not load. Timed inside that
        // window the demo mostly measures how much more the compiler has to do with advice in place
        // (geoflight.jfc lost ~5 % with 4 s of warm-up, the loss following C2's extra time in
        // -XX:+CITime); a service runs for hours, so throughput is its steady state
        String warmup = context.quick() ? "0" : "20";
        Map<String, List<String>> arms = new LinkedHashMap<>();
        arms.put(NO_AGENT, List.of());
        // the target is geoflight.jfc's cost; JFR's own default.jfc, which users usually add, is
        // measured alone and together with it, so that each share can be told apart
        arms.put(GEOFLIGHT, List.of(context.agent("log=quiet"),
                context.recording(List.of(context.jfc("geoflight.jfc").toString()), context.work().resolve("demo-geoflight.jfr"))));
        arms.put(DEFAULT_JFC, List.of(
                context.recording(List.of("default.jfc"), context.work().resolve("demo-default.jfr"))));
        arms.put(BOTH, List.of(context.agent("log=quiet"),
                context.recording(List.of("default.jfc", context.jfc("geoflight.jfc").toString()),
                        context.work().resolve("demo-both.jfr"))));
        Map<String, List<Double>> opsPerSecond = new LinkedHashMap<>();
        Map<String, List<Double>> roundLosses = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        List<Map.Entry<String, List<String>>> order = new ArrayList<>(arms.entrySet());
        for (int round = 0; round < rounds; round++) {
            Map<String, Double> thisRound = new LinkedHashMap<>();
            // the order rotates, so that no arm always runs first, or last, in its round
            for (Map.Entry<String, List<String>> arm : order) {
                List<String> command = new ArrayList<>(List.of(context.java().toString()));
                command.addAll(arm.getValue());
                command.addAll(List.of("-jar", context.demoJar().toString(), "--seconds", seconds, "--warmup", warmup,
                        "--threads", threads, "--seed", "42"));
                context.say("demo round %d: %s", round + 1, arm.getKey());
                Proc.Result result = Proc.run(command, context.work(), 120);
                Matcher matcher = SUMMARY.matcher(result.stdout());
                if (result.ok() && matcher.find()) {
                    double ops = Double.parseDouble(matcher.group(3));
                    opsPerSecond.computeIfAbsent(arm.getKey(), k -> new ArrayList<>()).add(ops);
                    thisRound.put(arm.getKey(), ops);
                } else {
                    failures.add(arm.getKey() + ": " + result.failure());
                }
            }
            Collections.rotate(order, -1);
            Double anchorOps = thisRound.get(NO_AGENT);
            thisRound.forEach((arm, ops) -> {
                if (anchorOps != null && !arm.equals(NO_AGENT)) {
                    roundLosses.computeIfAbsent(arm, k -> new ArrayList<>()).add(1 - ops / anchorOps);
                }
            });
        }
        double anchor = Stats.median(opsPerSecond.getOrDefault(NO_AGENT, List.of()));
        List<List<String>> rows = new ArrayList<>();
        for (String arm : arms.keySet()) {
            List<Double> values = opsPerSecond.getOrDefault(arm, List.of());
            double median = Stats.median(values);
            double best = values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
            rows.add(List.of(arm, Integer.toString(values.size()), f("%,.0f", median), Stats.ratio(median, anchor),
                    Stats.percent(1 - median / anchor), f("%,.0f", best),
                    values.stream().map(v -> f("%,.0f", v)).toList().toString()));
        }
        StringBuilder out = new StringBuilder("## 3. Demo throughput (the demo's own `ops/s` line)\n\n");
        out.append(f("`geoflight-demo.jar --seconds %s --warmup %s --threads %s --seed 42`, %d round(s), every arm "
                + "once per round in an order rotating from round to round; throughput is timed inside the demo after "
                + "%s s of untimed work, so neither JVM start-up nor warm-up counts: the agent's transformation of the "
                + "JTS classes the city generation did not load, and the JIT's compiling of the demo's JTS code, "
                + "which keeps one of two cores busy for about 15 s (more with advice in place). A service runs for "
                + "hours: this is its steady state; start-up is section 4's.%n%n", seconds, warmup, threads, rounds, warmup));
        out.append(Report.table(List.of("arm", "runs", "median ops/s", "ratio to no agent", "throughput lost", "best run", "all runs"), rows));
        for (String failure : failures) {
            out.append("\n- failed run: ").append(failure);
        }
        out.append("\nThroughput lost per round against the same round's no-agent run, then the median with its notch"
                + " (1.58 × IQR / √n); a slow run now and then (another tenant of the host, a stalled core) hits any arm:\n\n");
        roundLosses.forEach((arm, losses) -> out.append(f("- %s: %s; median %s ± %s%n", arm,
                losses.stream().map(Stats::percent).toList(), Stats.percent(Stats.median(losses)),
                Stats.errorPercent(Stats.medianError(losses)))));
        List<Double> losses = new ArrayList<>();
        try {
            losses = interleavedLosses(threads, arms.get(GEOFLIGHT), out);
        } catch (Exception e) {
            context.say("demo interleaved rounds failed: %s", e);
            out.append("\nThe interleaved rounds failed: ").append(e.getMessage()).append('\n');
        }
        report.section(out.toString());
        double lost = Stats.median(losses);
        double error = Stats.medianError(losses);
        report.target("geoflight.jfc ≤ 5 % on the demo", losses.isEmpty() ? Report.Verdict.NOT_MEASURED
                        : Report.Verdict.atMost(lost, error, 0.05),
                f("agent + geoflight.jfc: median of %d interleaved rounds' losses %s ± %s; the table's whole runs: median"
                        + " ops/s %,.0f vs %,.0f without agent (%s), default.jfc alone %s, both together %s", losses.size(),
                        Stats.percent(lost), Stats.errorPercent(error),
                        Stats.median(opsPerSecond.getOrDefault(GEOFLIGHT, List.of())), anchor,
                        Stats.percent(Stats.median(roundLosses.getOrDefault(GEOFLIGHT, List.of()))),
                        Stats.percent(Stats.median(roundLosses.getOrDefault(DEFAULT_JFC, List.of()))),
                        Stats.percent(Stats.median(roundLosses.getOrDefault(BOTH, List.of())))));
    }

    private static final int INTERLEAVED_ROUNDS = 16;

    /**
     * Rounds of two demo JVMs alive together, without the agent and with it and geoflight.jfc,
     * working by turns ({@link DemoSlices} on the demo jar's class path) in half-second slices, 40
     * of untimed work each (the whole runs' 20 s), then 10 measured; returns each round's
     * throughput lost, the median over its measured slices, and describes them in {@code out}.
     */
    private List<Double> interleavedLosses(String threads, List<String> geoflightArgs, StringBuilder out) throws Exception {
        InterleavedSlices slices = new InterleavedSlices(context, new InterleavedSlices.Workload(
                context.demoJar() + File.pathSeparator + context.benchmarksJar(), DemoSlices.class.getName(),
                List.of("42", threads), 500, 40, 10));
        int rounds = context.quick() ? 1 : INTERLEAVED_ROUNDS;
        List<Double> losses = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            context.say("demo interleaved round %d of %d", round, rounds);
            // agent time / no-agent time per operation; throughput lost is 1 - its inverse
            double ratio = slices.ratios(List.of(List.of(), geoflightArgs)).get(0);
            losses.add(1 - 1 / ratio);
        }
        out.append(f("%n### The 5 %% target: no agent against agent + geoflight.jfc, interleaved%n%n"
                        + "%d rounds, each two JVMs alive together running the demo's city (seed 42) and task mix on %s "
                        + "thread(s), one without the agent and one with it and geoflight.jfc, working by turns in %d ms "
                        + "slices, the order swapped every slice: %d slices each of untimed work, then %d measured. Each "
                        + "round's loss is the median over its measured slices of 1 − (no-agent ns per operation / agent ns "
                        + "per operation) in adjacent slices; a busy spell of the host lands on both. Losses: %s; median %s "
                        + "± %s (notch): this decides the target.%n", rounds, threads, slices.workload().sliceMillis(),
                slices.workload().warmupSlices(), slices.workload().measuredSlices(), losses.stream().map(Stats::percent).toList(), Stats.percent(Stats.median(losses)),
                Stats.errorPercent(Stats.medianError(losses))));
        return losses;
    }
}
