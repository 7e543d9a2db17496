package dev.geoflight.analyzer.pipeline;

import dev.geoflight.analyzer.aggregate.Aggregation;
import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.FileAggregator;
import dev.geoflight.analyzer.read.ChunkRecordingReader;
import dev.geoflight.analyzer.read.JdkRecordingReader;
import dev.geoflight.analyzer.read.NotARecordingException;
import dev.geoflight.analyzer.read.RecordingReader;
import dev.geoflight.analyzer.rules.Recommendation;
import dev.geoflight.analyzer.rules.RuleEngine;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads recordings, aggregates them into one view and runs the rules: the whole of {@code analyze}. */
public final class RecordingAnalyzer {
    /** How to get GeoFlight events into a recording; part of every "no events" message. */
    public static final String HOW_TO_RECORD = "record them with -javaagent:agent/target/geoflight-agent.jar=record=app.jfr"
            + " or, with the agent attached, -XX:StartFlightRecording:settings=<path to geoflight.jfc>";

    private final RecordingReader reader;
    private final PrintStream progress;

    /** @param progress where to say which file is being read (null: say nothing) */
    public RecordingAnalyzer(RecordingReader reader, PrintStream progress) {
        this.reader = reader;
        this.progress = progress;
    }

    /** The reader in use: the fast chunk parser, or the JDK's RecordingFile with -Dgeoflight.reader=jdk. */
    public static RecordingReader defaultReader() {
        return "jdk".equals(System.getProperty("geoflight.reader")) ? new JdkRecordingReader() : new ChunkRecordingReader();
    }

    /** Result of one analysis: the merged view and the advice of the rules. */
    public record Result(Analysis analysis, List<Recommendation> recommendations) {
    }

    public Result analyze(List<Path> files, int slowestLimit) throws InputException {
        RuleEngine rules = new RuleEngine();
        Aggregation aggregation = new Aggregation(slowestLimit, rules.observers());
        List<String> withoutEvents = new ArrayList<>();
        for (Path file : files) {
            checkReadable(file);
            FileAggregator visitor = aggregation.file(file.toString());
            Progress shown = progress == null ? null : new Progress(progress, file.toString());
            if (shown != null) {
                visitor.onProgress(shown::update);
            }
            try {
                reader.read(file, visitor);
            } catch (NotARecordingException e) {
                throw new InputException(file + ": " + e.getMessage(), e);
            } catch (IOException | RuntimeException e) {
                throw new InputException(file + ": cannot read recording: " + describe(e), e);
            }
            if (shown != null) {
                shown.done();
            }
            visitor.finish();
            if (!visitor.hasGeoFlightEvents()) {
                withoutEvents.add(file.toString());
            }
        }
        if (withoutEvents.size() == files.size()) {
            throw new InputException((files.size() == 1 ? files.get(0) + ": recording has" : "recordings have")
                    + " no GeoFlight events; " + HOW_TO_RECORD);
        }
        for (String file : withoutEvents) {
            aggregation.warn(file + ": no GeoFlight events in this file; " + HOW_TO_RECORD);
        }
        Analysis analysis = aggregation.finish();
        return new Result(analysis, rules.evaluate(analysis));
    }

    static void checkReadable(Path file) throws InputException {
        if (!Files.exists(file)) {
            throw new InputException(file + ": no such file");
        }
        if (Files.isDirectory(file)) {
            throw new InputException(file + ": is a directory, not a recording");
        }
        if (!Files.isReadable(file)) {
            throw new InputException(file + ": permission denied");
        }
    }

    private static String describe(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
