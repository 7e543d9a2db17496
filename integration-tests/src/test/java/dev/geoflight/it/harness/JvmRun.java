package dev.geoflight.it.harness;

import java.util.List;

/** What a child JVM did: its command, exit code and output. */
public record JvmRun(List<String> command, int exitCode, String stdout, String stderr) {

    /** Fails with the whole output when the JVM did not exit 0, so a failing workload explains itself. */
    public JvmRun assertSucceeded() {
        if (exitCode != 0) {
            throw new AssertionError("child JVM exited " + exitCode + ": " + String.join(" ", command)
                    + "\nstdout:\n" + stdout + "\nstderr:\n" + stderr);
        }
        return this;
    }

    /** The agent's own messages on stderr. */
    public List<String> geoflightLines() {
        return stderr.lines().filter(line -> line.startsWith("[geoflight]")).toList();
    }

    /** What the workload printed: JFR's own "Started recording" notes (info level, on stdout) left out. */
    public List<String> stdoutLines() {
        return stdout.lines().filter(line -> !line.matches("\\[[^]]*]\\[info]\\[jfr,startup].*")).toList();
    }
}
