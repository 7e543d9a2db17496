package dev.geoflight.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs one child process with its output in files, and times it from start to exit. */
public final class Proc {

    /** What a finished child left: exit status, wall time, and its output. */
    public record Result(int exit, long wallNanos, String stdout, String stderr, boolean timedOut) {
        public double wallSeconds() {
            return wallNanos / 1e9;
        }

        public boolean ok() {
            return exit == 0 && !timedOut;
        }

        /** A one-line reason for a failed run, for the report. */
        public String failure() {
            if (timedOut) {
                return "timed out after " + String.format(java.util.Locale.ROOT, "%.0f s", wallSeconds());
            }
            String[] lines = (stderr + "\n" + stdout).strip().split("\n");
            String last = "";
            for (String line : lines) {
                if (line.contains("Exception") || line.contains("Error") || line.contains("error")) {
                    last = line.strip();
                    break;
                }
            }
            if (last.isEmpty() && lines.length > 0) {
                last = lines[lines.length - 1].strip();
            }
            return "exit " + exit + (last.isEmpty() ? "" : ": " + last);
        }
    }

    private Proc() {
    }

    public static Result run(List<String> command, Path workDir, long timeoutSeconds) throws IOException, InterruptedException {
        return run(command, workDir, timeoutSeconds, false);
    }

    /** With {@code discardStdout} the child's standard output goes nowhere (for tools that print gigabytes). */
    public static Result run(List<String> command, Path workDir, long timeoutSeconds, boolean discardStdout)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Path out = Files.createTempFile(workDir, "stdout", ".txt");
        Path err = Files.createTempFile(workDir, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                .directory(workDir.toFile())
                .redirectOutput(discardStdout ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(out.toFile()))
                .redirectError(err.toFile());
        long start = System.nanoTime();
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
            process.waitFor();
        }
        long wall = System.nanoTime() - start;
        Result result = new Result(finished ? process.exitValue() : -1, wall,
                Files.readString(out), Files.readString(err), !finished);
        Files.deleteIfExists(out);
        Files.deleteIfExists(err);
        return result;
    }
}
