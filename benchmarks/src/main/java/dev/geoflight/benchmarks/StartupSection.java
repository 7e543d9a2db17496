package dev.geoflight.benchmarks;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.geoflight.benchmarks.Stats.f;

/**
 * Issue 5, point 4: JVM start to {@code main}, to the end of a first round of JTS calls, and the
 * whole process, with and without the agent (arms alternating, medians); and how many classes the
 * agent transforms ({@code log=debug} prints one {@code [geoflight] instrumented <class>} per class).
 */
public final class StartupSection {

    private static final Pattern TIMES = Pattern.compile("main-ms: (\\d+)(?: jts-ms: (\\d+))?");
    private static final Pattern INSTRUMENTED = Pattern.compile("\\[geoflight] instrumented (\\S+)");

    private final Context context;

    public StartupSection(Context context) {
        this.context = context;
    }

    public void run(Report report) throws Exception {
        int rounds = context.quick() ? 2 : 8;
        Map<String, String> arms = new LinkedHashMap<>();
        arms.put("no agent", "");
        arms.put("agent attached (no recording)", context.agent("log=quiet"));
        Map<String, Map<String, List<Double>>> figures = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        java.util.Set<String> stderrWithAgent = new java.util.LinkedHashSet<>();
        for (int round = 0; round < rounds; round++) {
            for (String probe : List.of("plain", "jts")) {
                for (Map.Entry<String, String> arm : arms.entrySet()) {
                    List<String> command = new ArrayList<>(List.of(context.java().toString()));
                    if (!arm.getValue().isEmpty()) {
                        command.add(arm.getValue());
                    }
                    command.addAll(List.of("-cp", context.benchmarksJar().toString(), Hello.class.getName()));
                    if (probe.equals("jts")) {
                        command.add("--jts");
                    }
                    Proc.Result result = Proc.run(command, context.work(), 60);
                    if (!arm.getValue().isEmpty()) {
                        stderrWithAgent.addAll(result.stderr().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
                    }
                    Matcher matcher = TIMES.matcher(result.stdout());
                    if (!result.ok() || !matcher.find()) {
                        failures.add(arm.getKey() + " " + probe + ": " + result.failure());
                        continue;
                    }
                    Map<String, List<Double>> armFigures = figures.computeIfAbsent(arm.getKey(), k -> new LinkedHashMap<>());
                    if (probe.equals("plain")) {
                        armFigures.computeIfAbsent("main", k -> new ArrayList<>()).add(Double.parseDouble(matcher.group(1)));
                        armFigures.computeIfAbsent("wall-plain", k -> new ArrayList<>()).add(result.wallNanos() / 1e6);
                    } else {
                        armFigures.computeIfAbsent("jts", k -> new ArrayList<>()).add(Double.parseDouble(matcher.group(2)));
                        armFigures.computeIfAbsent("wall-jts", k -> new ArrayList<>()).add(result.wallNanos() / 1e6);
                    }
                }
            }
        }
        StringBuilder out = new StringBuilder("## 4. Start-up\n\n");
        out.append(f("`java -cp geoflight-benchmarks.jar %s [--jts]`, %d alternating runs per arm, medians in ms. "
                        + "*JVM start → main* is `currentTimeMillis()` at main's first line minus the runtime MXBean's "
                        + "start time; *→ first JTS calls done* is the same clock after one call of each instrumented "
                        + "kind (predicates, prepared, overlay, buffer, validity, STRtree, WKT), which is when the agent "
                        + "transforms JTS classes as they load; *whole process* is the wall clock around the `java` command.%n%n",
                Hello.class.getName(), rounds));
        List<List<String>> rows = new ArrayList<>();
        Map<String, List<Double>> anchor = figures.getOrDefault("no agent", Map.of());
        for (String arm : arms.keySet()) {
            Map<String, List<Double>> arm1 = figures.getOrDefault(arm, Map.of());
            List<String> row = new ArrayList<>(List.of(arm));
            for (String key : List.of("main", "wall-plain", "jts", "wall-jts")) {
                double median = Stats.median(arm1.getOrDefault(key, List.of()));
                double base = Stats.median(anchor.getOrDefault(key, List.of()));
                row.add(f("%.0f", median) + (arm.equals("no agent") ? "" : f(" (%+.0f)", median - base)));
            }
            rows.add(row);
        }
        out.append(Report.table(List.of("arm", "JVM start → main", "whole process (plain)", "JVM start → first JTS calls done",
                "whole process (JTS calls)"), rows));
        for (String failure : failures) {
            out.append("\n- failed run: ").append(failure);
        }
        out.append("\n\nWhat the JVM prints on stderr with the agent attached (`log=quiet`), distinct lines:\n\n");
        if (stderrWithAgent.isEmpty()) {
            out.append("- nothing\n");
        }
        for (String line : stderrWithAgent) {
            out.append("- `").append(line.replace('`', '\'')).append("`\n");
        }
        out.append("\n").append(transformedClasses());
        report.section(out.toString());
    }

    private String transformedClasses() throws Exception {
        StringBuilder out = new StringBuilder("### Classes the agent transforms (`log=debug`)\n\n");
        List<List<String>> rows = new ArrayList<>();
        List<String> hello = new ArrayList<>(List.of(context.java().toString(), context.agent("log=debug"),
                "-cp", context.benchmarksJar().toString(), Hello.class.getName(), "--jts"));
        rows.add(countRow("first JTS calls (the start-up probe)", Proc.run(hello, context.work(), 60)));
        if (Files.exists(context.demoJar())) {
            List<String> demo = new ArrayList<>(List.of(context.java().toString(), context.agent("log=debug"),
                    "-jar", context.demoJar().toString(), "--seconds", "1", "--threads", "2"));
            rows.add(countRow("the demo, 1 s", Proc.run(demo, context.work(), 60)));
        }
        out.append(Report.table(List.of("program", "classes transformed", "packages"), rows));
        return out.toString();
    }

    private static List<String> countRow(String program, Proc.Result result) {
        TreeSet<String> classes = new TreeSet<>();
        Matcher matcher = INSTRUMENTED.matcher(result.stderr());
        while (matcher.find()) {
            classes.add(matcher.group(1));
        }
        TreeSet<String> packages = new TreeSet<>();
        for (String name : classes) {
            packages.add(name.substring(0, Math.max(0, name.lastIndexOf('.'))).replace("org.locationtech.jts.", "jts."));
        }
        if (!result.ok()) {
            return List.of(program, "run failed: " + result.failure(), "");
        }
        return List.of(program, Integer.toString(classes.size()), String.join(", ", packages));
    }
}
