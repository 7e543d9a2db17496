package dev.geoflight.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.geoflight.benchmarks.Stats.f;

/** Issue 5, point 5: recording size per million calls of the {@link Workload} mix. */
public final class SizeSection {

    static final Pattern WORKLOAD = Pattern.compile("workload: (\\d+) calls in ([\\d.]+) s");

    private final Context context;

    public SizeSection(Context context) {
        this.context = context;
    }

    /** Runs {@link Workload} with {@code calls} under the given JVM arguments; returns its process result. */
    static Proc.Result workload(Context context, List<String> jvmArgs, long calls, long timeoutSeconds) throws Exception {
        List<String> command = new ArrayList<>(List.of(context.java().toString()));
        command.addAll(jvmArgs);
        command.addAll(List.of("-cp", context.benchmarksJar().toString(), Workload.class.getName(), "--calls", Long.toString(calls)));
        return Proc.run(command, context.work(), timeoutSeconds);
    }

    public void run(Report report) throws Exception {
        long calls = context.quick() ? 50_000 : 1_000_000;
        String agent = context.agent("log=quiet");
        record Arm(String name, List<String> args, Path file) {
        }
        List<Arm> arms = new ArrayList<>();
        Path geoflight = context.work().resolve("size-geoflight.jfr");
        Path detailed = context.work().resolve("size-detailed.jfr");
        Path noStack = context.work().resolve("size-detailed-nostack.jfr");
        Path jdkDefault = context.work().resolve("size-default.jfr");
        arms.add(new Arm("geoflight.jfc", List.of(agent,
                context.recording(List.of(context.jfc("geoflight.jfc").toString()), geoflight)), geoflight));
        arms.add(new Arm("geoflight-detailed.jfc", List.of(agent,
                context.recording(List.of(context.jfc("geoflight-detailed.jfc").toString()), detailed)), detailed));
        arms.add(new Arm("geoflight-detailed.jfc, stack traces off", List.of(agent,
                context.recording(List.of(context.jfc("geoflight-detailed.jfc").toString(), context.noStackTracesJfc().toString()),
                        noStack)), noStack));
        arms.add(new Arm("for scale: JDK default.jfc alone, no agent", List.of(
                context.recording(List.of("default.jfc"), jdkDefault)), jdkDefault));
        List<List<String>> rows = new ArrayList<>();
        for (Arm arm : arms) {
            Files.deleteIfExists(arm.file());
            context.say("size: %s, %,d calls", arm.name(), calls);
            Proc.Result result = workload(context, arm.args(), calls, 300);
            Matcher matcher = WORKLOAD.matcher(result.stdout());
            if (!result.ok() || !matcher.find() || !Files.exists(arm.file())) {
                rows.add(List.of(arm.name(), "failed: " + result.failure(), "", "", ""));
                continue;
            }
            long bytes = Files.size(arm.file());
            String events = RecordingFileLoop.read(arm.file());
            rows.add(List.of(arm.name(), Stats.mib(bytes), Stats.mib(bytes * 1e6 / calls),
                    f("%.1f", bytes / (double) calls), events.replaceAll(" total-nanos: \\d+", "")));
        }
        StringBuilder out = new StringBuilder("## 5. Recording size per million calls\n\n");
        out.append(f("`Workload --calls %,d` (single thread, the mix of `intersects`, prepared `contains`, `distance`, "
                + "`isWithinDistance` and an occasional `buffer` over 64 places in 4 layers) under the agent, recorded with "
                + "the GeoFlight settings file alone (no `default.jfc`), so the file holds GeoFlight's events, JFR's "
                + "metadata and what the events refer to (threads, stack traces).%n%n", calls));
        out.append(Report.table(List.of("settings", "file", "per million calls", "bytes per call", "events in file"), rows));
        report.section(out.toString());
    }
}
