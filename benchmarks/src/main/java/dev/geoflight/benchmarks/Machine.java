package dev.geoflight.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/** The machine, the JDK and the load: the heading of RESULTS.md. */
public record Machine(int cpus, String model, String jdk, String date, String load) {

    static Machine read(Context context) {
        String model = "unknown";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    model = line.substring(line.indexOf(':') + 1).strip();
                    break;
                }
            }
        } catch (IOException e) {
            // not Linux: leave it unknown
        }
        String load = "unknown";
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            load = parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            // not Linux
        }
        String jdk = System.getProperty("java.vm.vendor") + " " + System.getProperty("java.runtime.name") + " "
                + System.getProperty("java.runtime.version") + " (" + context.javaHome() + ")";
        return new Machine(Runtime.getRuntime().availableProcessors(), model, jdk,
                ZonedDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")), load);
    }

    String markdown(Machine after, double minutes) {
        return Report.table(java.util.List.of("machine", "value"), java.util.List.of(
                java.util.List.of("date", date),
                java.util.List.of("CPUs (nproc)", Integer.toString(cpus)),
                java.util.List.of("CPU model", model),
                java.util.List.of("JDK (measures everything)", jdk),
                java.util.List.of("load average (1, 5, 15 min) at start", load),
                java.util.List.of("load average at end", after.load()),
                java.util.List.of("whole run", Stats.f("%.1f min", minutes))));
    }
}
