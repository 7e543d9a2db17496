package dev.geoflight.benchmarks;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.geoflight.benchmarks.Stats.f;

/**
 * Issue 5, point 3: the demo's own ops/s line with and without the agent, arms alternating, median
 * of the rounds. A third arm records the JDK's default.jfc without the agent, to tell JFR's own cost
 * from GeoFlight's.
 */
public final class DemoSection {

    private static final Pattern SUMMARY = Pattern.compile("demo: (\\d+) operations in ([\\d.]+) s \\((\\d+) ops/s\\)");

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
        int rounds = context.quick() ? 1 : 5;
        String seconds = context.quick() ? "2" : "8";
        // untimed work first: the JIT's warm-up and the agent's one-time transformation of the JTS
        // classes spread one arm's runs by ±15 % and belong to start-up (section 4), not to throughput
        String warmup = context.quick() ? "0" : "4";
        Map<String, List<String>> arms = new LinkedHashMap<>();
        arms.put("no agent", List.of());
        arms.put("agent + geoflight.jfc", List.of(context.agent("log=quiet"),
                context.recording(List.of("default.jfc", context.jfc("geoflight.jfc").toString()),
                        context.work().resolve("demo-geoflight.jfr"))));
        arms.put("no agent, default.jfc", List.of(
                context.recording(List.of("default.jfc"), context.work().resolve("demo-default.jfr"))));
        Map<String, List<Double>> opsPerSecond = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (Map.Entry<String, List<String>> arm : arms.entrySet()) {
                List<String> command = new ArrayList<>(List.of(context.java().toString()));
                command.addAll(arm.getValue());
                command.addAll(List.of("-jar", context.demoJar().toString(), "--seconds", seconds, "--warmup", warmup,
                        "--threads", "2", "--seed", "42"));
                context.say("demo round %d: %s", round + 1, arm.getKey());
                Proc.Result result = Proc.run(command, context.work(), 120);
                Matcher matcher = SUMMARY.matcher(result.stdout());
                if (result.ok() && matcher.find()) {
                    opsPerSecond.computeIfAbsent(arm.getKey(), k -> new ArrayList<>()).add(Double.parseDouble(matcher.group(3)));
                } else {
                    failures.add(arm.getKey() + ": " + result.failure());
                }
            }
        }
        double anchor = Stats.median(opsPerSecond.getOrDefault("no agent", List.of()));
        List<List<String>> rows = new ArrayList<>();
        for (String arm : arms.keySet()) {
            List<Double> values = opsPerSecond.getOrDefault(arm, List.of());
            double median = Stats.median(values);
            rows.add(List.of(arm, Integer.toString(values.size()), f("%,.0f", median), Stats.ratio(median, anchor),
                    Stats.percent(1 - median / anchor), values.stream().map(v -> f("%,.0f", v)).toList().toString()));
        }
        StringBuilder out = new StringBuilder("## 3. Demo throughput (the demo's own `ops/s` line)\n\n");
        out.append(f("`geoflight-demo.jar --seconds %s --warmup %s --threads 2 --seed 42`, %d round(s), the arms "
                + "alternating within each round; throughput is timed inside the demo after %s s of untimed work, so "
                + "neither JVM start-up nor warm-up (the JIT's, and the agent's transformation of the JTS classes the "
                + "city generation did not load) counts: their cost is section 4's.%n%n", seconds, warmup, rounds, warmup));
        out.append(Report.table(List.of("arm", "runs", "median ops/s", "ratio to no agent", "throughput lost", "all runs"), rows));
        for (String failure : failures) {
            out.append("\n- failed run: ").append(failure);
        }
        report.section(out.toString());
        double geoflight = Stats.median(opsPerSecond.getOrDefault("agent + geoflight.jfc", List.of()));
        double lost = 1 - geoflight / anchor;
        report.target("geoflight.jfc ≤ 5 % on the demo", Double.isNaN(lost) ? null : lost <= 0.05,
                f("median %,.0f ops/s with agent + geoflight.jfc vs %,.0f without agent: %s lost (default.jfc alone: %s)",
                        geoflight, anchor, Stats.percent(lost),
                        Stats.percent(1 - Stats.median(opsPerSecond.getOrDefault("no agent, default.jfc", List.of())) / anchor)));
    }
}
