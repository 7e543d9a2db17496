package dev.geoflight.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/geoflight as a user meets it, run from an unrelated directory. Only the paths that need no
 * build: the demo itself under the agent is exercised by hand and by the integration tests.
 */
class LauncherTest {
    /** Surefire runs in the module directory, demo/. */
    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
    private static final Path LAUNCHER = ROOT.resolve("bin/geoflight");

    @TempDir
    Path elsewhere;

    @Test
    void withoutArgumentsOrWithHelpItPrintsUsage() throws Exception {
        for (List<String> args : List.of(List.<String>of(), List.of("--help"))) {
            Result result = run(Map.of(), args);
            assertThat(result.status()).as("%s", args).isZero();
            assertThat(result.stdout()).contains("usage: bin/geoflight COMMAND")
                    .contains("demo [--seconds N]").contains("analyze FILE...");
        }
    }

    @Test
    void anUnknownCommandIsOneLineOnStderrAndStatus2() throws Exception {
        Result result = run(Map.of(), List.of("frobnicate"));
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stdout()).isEmpty();
        assertThat(result.stderr().lines()).singleElement().asString().contains("unknown command 'frobnicate'");
    }

    @Test
    void aJavaHomeWithoutJavaIsReported() throws Exception {
        Result result = run(Map.of("JAVA_HOME", elsewhere.toString()), List.of("analyze", "x.jfr"));
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr()).contains("JAVA_HOME is set to '" + elsewhere + "'");
    }

    @Test
    void analyzerCommandsKeepTheAnalyzersExitStatus() throws Exception {
        assumeTrue(Files.isRegularFile(ROOT.resolve("analyzer/target/geoflight.jar")),
                "analyzer/target/geoflight.jar is not built in this reactor run");
        Result result = run(Map.of(), List.of("analyze", "no-such-recording.jfr"));
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.stderr()).contains("no-such-recording.jfr");
    }

    @Test
    void theAnalyzerRunsWithTheArgumentFilesJvmOptions() throws Exception {
        assumeTrue(Files.isRegularFile(ROOT.resolve("analyzer/target/geoflight.jar")),
                "analyzer/target/geoflight.jar is not built in this reactor run");
        // A java that only writes down its arguments: what the launcher passes, exactly.
        Path fakeJava = elsewhere.resolve("jdk/bin/java");
        Files.createDirectories(fakeJava.getParent());
        Files.writeString(fakeJava, "#!/bin/sh\nprintf '%s\\n' \"$@\" > \"$(dirname \"$0\")/../arguments.txt\"\n");
        assertThat(fakeJava.toFile().setExecutable(true)).isTrue();
        Path root = ROOT.toRealPath();

        Result result = run(Map.of("JAVA_HOME", elsewhere.resolve("jdk").toString()), List.of("check", "a.jfr", "--slo", "p95<1ms"));

        assertThat(result.status()).as(result.stderr()).isZero();
        assertThat(Files.readAllLines(elsewhere.resolve("jdk/arguments.txt"))).containsExactly(
                "@" + root.resolve("bin/analyzer-jvm.args"), "-jar", root.resolve("analyzer/target/geoflight.jar").toString(),
                "check", "a.jfr", "--slo", "p95<1ms");
    }

    @Test
    void theArgumentFileSetsItsOptionsOnThisJdk() throws Exception {
        Path java = Path.of(ProcessHandle.current().info().command().orElseThrow());
        Process process = new ProcessBuilder(java.toString(), "@" + ROOT.resolve("bin/analyzer-jvm.args"),
                "-XX:+PrintFlagsFinal", "-version").redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        assertThat(output.lines().filter(line -> line.contains("{command line}")).map(line -> line.trim().split("\\s+"))
                .map(words -> words[1] + "=" + words[3]))
                .contains("FreqInlineSize=120", "InlineSmallCode=1000", "UseSerialGC=true", "IgnoreUnrecognizedVMOptions=true");
    }

    private Result run(Map<String, String> environment, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER.toString()));
        command.addAll(args);
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile());
        builder.environment().putAll(environment);
        Path stdout = elsewhere.resolve("stdout.txt");
        Path stderr = elsewhere.resolve("stderr.txt");
        Process process = builder.redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("bin/geoflight finished").isTrue();
        return new Result(process.exitValue(), Files.readString(stdout, StandardCharsets.UTF_8),
                Files.readString(stderr, StandardCharsets.UTF_8));
    }

    private record Result(int status, String stdout, String stderr) {
    }
}
