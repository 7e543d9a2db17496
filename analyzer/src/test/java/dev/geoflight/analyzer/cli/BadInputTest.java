package dev.geoflight.analyzer.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.geoflight.analyzer.Cli;
import dev.geoflight.analyzer.TestRecording;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of bad input gets one clear line on stderr and exit status 2; truncated input is used. */
class BadInputTest {
    @TempDir
    static Path dir;
    static Path first;
    static Path second;

    @BeforeAll
    static void record() {
        first = TestRecording.record(dir.resolve("first.jfr"), e ->
                e.stats("operation", "Geometry.intersects", "roads", "simple", 11, 11_000, 1_000, 0));
        second = TestRecording.record(dir.resolve("second.jfr"), e ->
                e.stats("operation", "Geometry.intersects", "roads", "simple", 22, 22_000, 1_000, 0));
    }

    private static void assertOneLine(Cli cli, String expected) {
        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).isEqualTo(expected + System.lineSeparator());
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("missing.jfr");
        assertOneLine(Cli.run("analyze", missing.toString()), "geoflight: " + missing + ": no such file");
    }

    @Test
    void textFileIsNotARecording() throws Exception {
        Path text = Files.writeString(dir.resolve("notes.txt"), "hello, this is not a recording\n");
        assertOneLine(Cli.run("analyze", text.toString()),
                "geoflight: " + text + ": not a JFR recording (no FLR chunk header)");
    }

    @Test
    void emptyFileIsNotARecording() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.jfr"));
        assertOneLine(Cli.run("check", empty.toString(), "--slo", "p95<1ms"),
                "geoflight: " + empty + ": empty file, not a JFR recording");
    }

    @Test
    void directoryIsNotARecording() {
        assertOneLine(Cli.run("analyze", dir.toString()), "geoflight: " + dir + ": is a directory, not a recording");
    }

    @Test
    void recordingWithoutGeoFlightEventsSaysHowToRecordThem() {
        Path plain = TestRecording.recordWithoutGeoFlight(dir.resolve("plain.jfr"));
        assertOneLine(Cli.run("analyze", plain.toString()), "geoflight: " + plain + ": recording has no GeoFlight events;"
                + " record them with -javaagent:agent/target/geoflight-agent.jar=record=app.jfr or, with the agent"
                + " attached, -XX:StartFlightRecording:settings=<path to geoflight.jfc>");
    }

    @Test
    void aFileWithoutGeoFlightEventsAmongOthersIsAWarning() {
        Path plain = TestRecording.recordWithoutGeoFlight(dir.resolve("plain-too.jfr"));
        Cli cli = Cli.run("analyze", first.toString(), plain.toString(), "--format", "json");
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(cli.json().get("hotspots").get(0).get("count").asLong()).isEqualTo(11);
        assertThat(cli.json().get("warnings").toString()).contains(plain + ": no GeoFlight events in this file;");
    }

    @Test
    void diffAndCheckReportBadInputTheSameWay() {
        Path missing = dir.resolve("nope.jfr");
        assertOneLine(Cli.run("diff", first.toString(), missing.toString()), "geoflight: " + missing + ": no such file");
        assertOneLine(Cli.run("check", missing.toString(), "--slo", "p95<1ms"), "geoflight: " + missing + ": no such file");
        Cli oneFile = Cli.run("diff", first.toString());
        assertThat(oneFile.status()).isEqualTo(2);
        assertThat(oneFile.err()).startsWith("geoflight diff: Missing required parameter: 'CURRENT'");
    }

    @Test
    void truncatedRecordingUsesEveryCompleteChunkAndWarns() throws Exception {
        // Two recordings back to back are one file of two chunks; cut the second in half.
        byte[] a = Files.readAllBytes(first);
        byte[] b = Files.readAllBytes(second);
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write(a);
        joined.write(b, 0, b.length / 2);
        Path truncated = Files.write(dir.resolve("crashed.jfr"), joined.toByteArray());

        Cli cli = Cli.run("analyze", truncated.toString(), "--format", "json");
        assertThat(cli.status()).as(cli.err()).isZero();
        JsonNode json = cli.json();
        assertThat(json.get("hotspots").get(0).get("count").asLong()).isEqualTo(11);
        assertThat(json.get("warnings").get(0).asText()).isEqualTo(String.format(
                "%s: truncated recording (a JVM that crashed or is still writing): used 1 complete chunk, %,d of %,d bytes;"
                        + " the rest is lost", truncated, a.length, a.length + b.length / 2));
    }

    @Test
    void bothChunksOfAWholeJoinedFileCount() throws Exception {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.write(Files.readAllBytes(first));
        joined.write(Files.readAllBytes(second));
        Path whole = Files.write(dir.resolve("joined.jfr"), joined.toByteArray());
        JsonNode json = Cli.run("analyze", whole.toString(), "--format", "json").json();
        assertThat(json.get("hotspots").get(0).get("count").asLong()).isEqualTo(33);
        assertThat(json.get("warnings").toString()).doesNotContain("truncated");
    }

    @Test
    void truncatedInsideTheFirstChunkHasNothingToUse() throws Exception {
        byte[] a = Files.readAllBytes(first);
        Path cut = Files.write(dir.resolve("cut.jfr"), java.util.Arrays.copyOf(a, a.length - 10));
        assertOneLine(Cli.run("analyze", cut.toString()), "geoflight: " + cut + ": truncated JFR recording: no complete chunk");
    }

    @Test
    void corruptRecordingIsOneLineUnlessVerbose() throws Exception {
        byte[] a = Files.readAllBytes(first);
        for (int i = 68; i < a.length; i++) {
            a[i] = (byte) 0xff; // keep the header, destroy events, metadata and constants
        }
        Path corrupt = Files.write(dir.resolve("corrupt.jfr"), a);
        Cli quiet = Cli.run("analyze", corrupt.toString());
        assertThat(quiet.status()).isEqualTo(2);
        assertThat(quiet.err()).startsWith("geoflight: " + corrupt + ": cannot read recording: ");
        assertThat(quiet.err().lines()).hasSize(1);
        Cli verbose = Cli.run("analyze", corrupt.toString(), "--verbose");
        assertThat(verbose.status()).isEqualTo(2);
        assertThat(verbose.err()).contains("\tat ");
    }

    @Test
    void badUsageIsOneLineAndStatusTwo() {
        Cli none = Cli.run();
        assertThat(none.status()).isEqualTo(2);
        assertThat(none.err()).isEqualTo("geoflight: missing command: analyze, diff or check (see 'geoflight --help')"
                + System.lineSeparator());
        Cli format = Cli.run("analyze", first.toString(), "--format", "xml");
        assertThat(format.status()).isEqualTo(2);
        assertThat(format.err()).startsWith("geoflight analyze: Invalid value for option '--format'").contains("xml");
        assertThat(format.err().lines()).hasSize(1);
        Cli noFile = Cli.run("analyze");
        assertThat(noFile.status()).isEqualTo(2);
        assertThat(noFile.err().lines()).hasSize(1);
        Cli top = Cli.run("analyze", first.toString(), "--top", "0");
        assertThat(top.status()).isEqualTo(2);
        assertThat(top.err()).isEqualTo("geoflight: --top must be at least 1, not 0" + System.lineSeparator());
    }

    @Test
    void helpDescribesEveryCommand() {
        Cli help = Cli.run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("analyze").contains("diff").contains("check").contains("Exit status");
        assertThat(Cli.run("analyze", "--help").out()).contains("--format").contains("--output").contains("--top");
        assertThat(Cli.run("diff", "--help").out()).contains("--threshold").contains("--min-count");
        assertThat(Cli.run("check", "--help").out()).contains("--slo").contains("p95");
    }
}
