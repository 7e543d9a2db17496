package dev.geoflight.it.harness;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running one workload main class from the test sources, with or without the agent.
 * By default it runs on the JDK that runs the tests (so the suite covers whichever JDK runs Maven),
 * with the test classes, the application API jar and JTS {@link ItEnvironment#defaultJtsVersion()}
 * on its class path.
 */
public final class AgentJvm {

    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    private final String mainClass;
    private final Path workDir;
    private Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    private boolean agent = true;
    private String agentOptions = "";
    private final List<String> jvmArgs = new ArrayList<>();
    private List<Path> classPath;
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> environment = new LinkedHashMap<>();

    private AgentJvm(Class<?> mainClass, Path workDir) {
        this.mainClass = mainClass.getName();
        this.workDir = workDir;
        this.classPath = new ArrayList<>(List.of(ItEnvironment.testClasses(), ItEnvironment.jfrEvents()));
        this.classPath.addAll(ItEnvironment.jts(ItEnvironment.defaultJtsVersion()));
    }

    /** A JVM that runs {@code mainClass}; its output files go to {@code workDir}. */
    public static AgentJvm of(Class<?> mainClass, Path workDir) {
        return new AgentJvm(mainClass, workDir);
    }

    public AgentJvm withoutAgent() {
        agent = false;
        return this;
    }

    /** The text after {@code -javaagent:geoflight-agent.jar=}. */
    public AgentJvm agentOptions(String options) {
        agentOptions = options;
        return this;
    }

    /** Records every outermost call (threshold 0) as a user would: JDK defaults plus geoflight-detailed.jfc. */
    public AgentJvm recordAllCalls(Path recording) {
        return jvmArgs("-XX:StartFlightRecording:settings=default.jfc,settings=" + ItEnvironment.detailedJfc()
                + ",filename=" + recording.toAbsolutePath() + ",dumponexit=true");
    }

    public AgentJvm jvmArgs(String... more) {
        jvmArgs.addAll(Arrays.asList(more));
        return this;
    }

    public AgentJvm javaHome(Path home) {
        java = home.resolve("bin").resolve("java");
        return this;
    }

    /** Replaces JTS on the class path by another version. */
    public AgentJvm jts(String version) {
        classPath = new ArrayList<>(List.of(ItEnvironment.testClasses(), ItEnvironment.jfrEvents()));
        classPath.addAll(ItEnvironment.jts(version));
        return this;
    }

    public AgentJvm classPath(List<Path> entries) {
        classPath = new ArrayList<>(entries);
        return this;
    }

    public AgentJvm addClassPath(Path entry) {
        classPath.add(entry);
        return this;
    }

    public AgentJvm args(String... more) {
        args.addAll(Arrays.asList(more));
        return this;
    }

    public AgentJvm env(String name, String value) {
        environment.put(name, value);
        return this;
    }

    public List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        if (agent) {
            command.add("-javaagent:" + ItEnvironment.agentJar() + (agentOptions.isEmpty() ? "" : "=" + agentOptions));
        }
        // small heap, one compiler thread less: two cores are shared with everything else
        command.add("-Xmx256m");
        command.add("-XX:TieredStopAtLevel=1");
        command.addAll(jvmArgs);
        command.add("-cp");
        command.add(String.join(File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        command.add(mainClass);
        command.addAll(args);
        return command;
    }

    /** Runs the JVM to its end; fails the test if it does not end within the timeout. */
    public JvmRun run() {
        List<String> command = command();
        String name = mainClass.substring(mainClass.lastIndexOf('.') + 1);
        Path out = workDir.resolve(name + ".out");
        Path err = workDir.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(key -> key.startsWith("GEOFLIGHT_"));
        builder.environment().putAll(environment);
        try {
            Files.createDirectories(workDir);
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("child JVM did not end within " + TIMEOUT + ": " + String.join(" ", command)
                        + "\nstdout:\n" + Files.readString(out) + "\nstderr:\n" + Files.readString(err));
            }
            return new JvmRun(command, process.exitValue(),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
