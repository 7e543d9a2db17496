package dev.geoflight.benchmarks;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where things are for one harness run: the repository's jars and settings files, the JDK that
 * measures (the one running the harness), a second JDK on which the analyzer's cold rounds are
 * repeated (null for none), the scratch folder and the quick/full switch.
 */
public record Context(Path root, Path work, Path javaHome, Path secondJavaHome, Path benchmarksJar, boolean quick,
                      PrintStream log) {

    public Path java() {
        return javaHome.resolve("bin/java");
    }

    public Path jfrTool() {
        return javaHome.resolve("bin/jfr");
    }

    /**
     * The jars measured, as built in the repository, and the analyzer's JVM options as {@code
     * bin/geoflight} passes them; the run uses the copies {@link #snapshotJars} made.
     */
    static final List<String> JARS = List.of("agent/target/geoflight-agent.jar", "demo/target/geoflight-demo.jar",
            "analyzer/target/geoflight.jar", "bin/analyzer-jvm.args");

    public Path agentJar() {
        return snapshot(JARS.get(0));
    }

    public Path demoJar() {
        return snapshot(JARS.get(1));
    }

    public Path analyzerJar() {
        return snapshot(JARS.get(2));
    }

    /** {@code @file}: the java argument file with the analyzer's JVM options, which users get from {@code bin/geoflight}. */
    public String analyzerJvmArgs() {
        return "@" + snapshot(JARS.get(3)).toAbsolutePath();
    }

    private Path snapshot(String jar) {
        return work.resolve("jars").resolve(Path.of(jar).getFileName());
    }

    /**
     * Copies the jars under test into the scratch folder once, at the start: others may rebuild
     * them in the same tree while a run is going, and one run must measure one build.
     * Returns one line per jar with its size and time, for the report.
     */
    public List<String> snapshotJars() throws java.io.IOException {
        Files.createDirectories(work.resolve("jars"));
        List<String> lines = new ArrayList<>();
        for (String jar : JARS) {
            Path source = root.resolve(jar);
            Path copy = snapshot(jar);
            Files.deleteIfExists(copy);
            if (Files.exists(source)) {
                Files.copy(source, copy, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                lines.add(Stats.f("`%s` %s %s", jar, jar.endsWith(".jar") ? "built" : "changed", Files.getLastModifiedTime(source).toInstant()
                        .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
            } else {
                lines.add("`" + jar + "` missing");
            }
        }
        return lines;
    }

    public Path jfc(String name) {
        return root.resolve("jfc").resolve(name).toAbsolutePath();
    }

    public int jdkFeature() {
        return Runtime.version().feature();
    }

    /** {@code -javaagent:...=options}. */
    public String agent(String options) {
        return "-javaagent:" + agentJar().toAbsolutePath() + (options.isEmpty() ? "" : "=" + options);
    }

    /**
     * {@code -XX:StartFlightRecording:settings=default.jfc,settings=...,filename=...}: the JDK's
     * default settings with the given .jfc files on top, the way GeoFlight's docs tell users to record.
     */
    public String recording(List<String> settings, Path filename, String... extra) {
        List<String> parts = new ArrayList<>();
        for (String setting : settings) {
            parts.add("settings=" + setting);
        }
        if (filename != null) {
            parts.add("filename=" + filename.toAbsolutePath());
        }
        parts.addAll(List.of(extra));
        return "-XX:StartFlightRecording:" + String.join(",", parts);
    }

    /** A .jfc that turns stack traces off for GeoFlight's per-call events, generated for the "no stack traces" runs. */
    public Path noStackTracesJfc() throws java.io.IOException {
        Path file = work.resolve("geoflight-nostacktraces.jfc");
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<configuration version=\"2.0\" label=\"GeoFlight without stack traces\">\n");
        for (String event : List.of("SpatialOperation", "RepositoryQuery", "IndexQuery", "IndexBuild", "GeometryIO")) {
            xml.append("  <event name=\"geoflight.").append(event).append("\">\n")
                    .append("    <setting name=\"stackTrace\">false</setting>\n")
                    .append("  </event>\n");
        }
        xml.append("</configuration>\n");
        Files.createDirectories(work);
        Files.writeString(file, xml);
        return file.toAbsolutePath();
    }

    public void say(String format, Object... args) {
        log.println("[bench] " + Stats.f(format, args));
        log.flush();
    }
}
