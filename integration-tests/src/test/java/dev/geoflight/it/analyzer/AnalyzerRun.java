package dev.geoflight.it.analyzer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.geoflight.analyzer.cli.GeoFlightCli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * One {@code geoflight} command line run in process through its public entry point
 * ({@link GeoFlightCli#run}): its exit status and what it printed on standard output and error.
 */
record AnalyzerRun(List<String> args, int status, String out, String err) {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READER = "geoflight.reader";

    /** Runs {@code geoflight ARGS...}; paths and other objects are passed as their strings. */
    static AnalyzerRun of(Object... args) {
        List<String> line = Arrays.stream(args).map(String::valueOf).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = GeoFlightCli.run(line.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new AnalyzerRun(line, status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /**
     * The same command with {@code -Dgeoflight.reader=jdk}: the analyzer reads through the JDK's
     * {@code RecordingFile} instead of its own chunk parser (tests here run one at a time).
     */
    static AnalyzerRun withJdkReader(Object... args) {
        String before = System.getProperty(READER);
        System.setProperty(READER, "jdk");
        try {
            return of(args);
        } finally {
            if (before == null) {
                System.clearProperty(READER);
            } else {
                System.setProperty(READER, before);
            }
        }
    }

    /** Fails with everything printed when the exit status is not the expected one. */
    AnalyzerRun assertStatus(int expected) {
        if (status != expected) {
            throw new AssertionError("geoflight " + String.join(" ", args) + " exited " + status + ", expected " + expected
                    + "\nstdout:\n" + out + "\nstderr:\n" + err);
        }
        return this;
    }

    JsonNode json() {
        try {
            return JSON.readTree(out);
        } catch (IOException e) {
            throw new AssertionError("not JSON: geoflight " + String.join(" ", args) + "\n" + out + err, e);
        }
    }

    List<String> outLines() {
        return out.lines().toList();
    }

    List<String> errLines() {
        return err.lines().toList();
    }

    /** The elements of a JSON array, e.g. {@code rows(report.get("hotspots"))}. */
    static List<JsonNode> rows(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new AssertionError("not a JSON array: " + array);
        }
        return StreamSupport.stream(array.spliterator(), false).toList();
    }
}
