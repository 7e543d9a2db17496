package dev.geoflight.benchmarks;

import jdk.jfr.EventType;
import jdk.jfr.ValueDescriptor;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordingFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static dev.geoflight.benchmarks.Stats.f;

/**
 * Issue 5, point 2, second half: what GeoFlight and JEP 520 write for the same calls. The
 * {@link Workload} mix runs under each recorder; the recording is read back and each relevant
 * event type is listed with its count, the calls it accounts for and its fields.
 */
public final class RecordsSection {

    private final Context context;

    public RecordsSection(Context context) {
        this.context = context;
    }

    record Type(String name, long events, long calls, String fields, Map<String, Long> topFrames) {
    }

    public void run(Report report) throws Exception {
        long calls = context.quick() ? 5_000 : 20_000;
        String agent = context.agent("log=quiet");
        Map<String, List<String>> arms = new java.util.LinkedHashMap<>();
        arms.put("GeoFlight, geoflight.jfc", List.of(agent,
                context.recording(List.of("default.jfc", context.jfc("geoflight.jfc").toString()), context.work().resolve("records-geoflight.jfr"))));
        arms.put("GeoFlight, geoflight-detailed.jfc", List.of(agent,
                context.recording(List.of("default.jfc", context.jfc("geoflight-detailed.jfc").toString()), context.work().resolve("records-detailed.jfr"))));
        if (context.jdkFeature() >= 25) {
            arms.put("JEP 520 method-timing", List.of(context.recording(List.of("default.jfc"),
                    context.work().resolve("records-jep520-timing.jfr"), "method-timing=" + Workload.JDK_METHOD_FILTER)));
            arms.put("JEP 520 method-trace", List.of(context.recording(List.of("default.jfc"),
                    context.work().resolve("records-jep520-trace.jfr"), "method-trace=" + Workload.JDK_METHOD_FILTER)));
        }
        List<List<String>> rows = new ArrayList<>();
        Map<String, Map<String, Long>> frames = new java.util.LinkedHashMap<>();
        for (Map.Entry<String, List<String>> arm : arms.entrySet()) {
            Path file = Path.of(arm.getValue().get(arm.getValue().size() - 1).replaceAll(".*filename=([^,]*).*", "$1"));
            Files.deleteIfExists(file);
            context.say("records: %s", arm.getKey());
            Proc.Result result = SizeSection.workload(context, arm.getValue(), calls, 120);
            if (!result.ok() || !Files.exists(file)) {
                rows.add(List.of(arm.getKey(), "failed: " + result.failure(), "", "", ""));
                continue;
            }
            for (Type type : read(file)) {
                rows.add(List.of(arm.getKey(), "`" + type.name() + "`", f("%,d", type.events()),
                        type.calls() < 0 ? "" : f("%,d", type.calls()), type.fields()));
                if (type.name().equals("geoflight.SpatialOperation") || type.name().equals("jdk.MethodTrace")) {
                    frames.put(arm.getKey() + ", `" + type.name() + "`", type.topFrames());
                }
            }
        }
        StringBuilder out = new StringBuilder("## 2. What each recorder writes for the same calls\n\n");
        out.append(f("`Workload --calls %,d` (%,d outermost JTS calls in its loop, plus 64 `PreparedGeometryFactory.prepare` while it sets up) under each recorder, recording read back with "
                + "`jdk.jfr.consumer`. *Calls accounted* sums `count` (GeoFlight statistics) or `invocations` "
                + "(`jdk.MethodTiming`); per-call events account for one call each. JEP 520 filter: `%s`. "
                + "JEP 520 counts every invocation of a filtered method, nested ones included (JTS calls its own "
                + "public methods internally); GeoFlight counts outermost operations only. JEP 520 times every "
                + "invocation; GeoFlight times (and reads the allocation of) a random 1 in 16 calls of an operation "
                + "whose calls averaged under 2 µs in the last second, each standing for 16 in time, allocation and "
                + "distribution, and every call under *geoflight-detailed.jfc*, which keeps every call's event.%n%n",
                calls, calls, Workload.JDK_METHOD_FILTER));
        out.append(Report.table(List.of("recorder", "event type", "events", "calls accounted", "fields (besides start time, duration, thread, stack trace)"), rows));
        out.append("\nTop frame of the per-call events' stack traces (where a reader's call-site view starts):\n\n");
        for (Map.Entry<String, Map<String, Long>> entry : frames.entrySet()) {
            List<String> top = entry.getValue().entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(3)
                    .map(e -> "`" + e.getKey() + "` " + f("%,d", e.getValue())).toList();
            out.append("- ").append(entry.getKey()).append(": ").append(top.isEmpty() ? "no stack traces" : String.join(", ", top)).append('\n');
        }
        out.append("\nThe per-call cost of each recorder on the same methods is in section 1: *geoflight* against "
                + "*jep520-timing* (aggregates), *detailed* against *jep520-trace* (one event per call with stack trace).\n");
        report.section(out.toString());
    }

    static List<Type> read(Path file) throws Exception {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> fields = new TreeMap<>();
        Map<String, Map<String, Long>> topFrames = new TreeMap<>();
        try (RecordingFile recording = new RecordingFile(file)) {
            for (EventType type : recording.readEventTypes()) {
                if (relevant(type.getName())) {
                    List<String> names = new ArrayList<>();
                    for (ValueDescriptor field : type.getFields()) {
                        if (!List.of("startTime", "duration", "eventThread", "stackTrace").contains(field.getName())) {
                            names.add(field.getName());
                        }
                    }
                    fields.put(type.getName(), String.join(", ", names));
                }
            }
            while (recording.hasMoreEvents()) {
                RecordedEvent event = recording.readEvent();
                String name = event.getEventType().getName();
                if (!relevant(name)) {
                    continue;
                }
                long[] count = counts.computeIfAbsent(name, k -> new long[] {0, -1});
                count[0]++;
                if (event.getStackTrace() != null && !event.getStackTrace().getFrames().isEmpty()) {
                    var method = event.getStackTrace().getFrames().get(0).getMethod();
                    topFrames.computeIfAbsent(name, k -> new TreeMap<>())
                            .merge(method.getType().getName() + "." + method.getName(), 1L, Long::sum);
                }
                String field = name.equals("jdk.MethodTiming") ? "invocations"
                        : name.equals("geoflight.OperationStatistics") ? "count" : null;
                if (field != null && event.hasField(field)) {
                    count[1] = Math.max(count[1], 0) + event.getLong(field);
                } else if (name.equals("geoflight.SpatialOperation") || name.equals("jdk.MethodTrace")) {
                    count[1] = count[0];
                }
            }
        }
        List<Type> types = new ArrayList<>();
        for (Map.Entry<String, long[]> entry : counts.entrySet()) {
            types.add(new Type(entry.getKey(), entry.getValue()[0], entry.getValue()[1], fields.getOrDefault(entry.getKey(), ""),
                    topFrames.getOrDefault(entry.getKey(), Map.of())));
        }
        return types;
    }

    private static boolean relevant(String name) {
        return name.startsWith("geoflight.") || name.equals("jdk.MethodTiming") || name.equals("jdk.MethodTrace");
    }
}
