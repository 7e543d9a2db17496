package dev.geoflight.analyzer.cli;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.pipeline.InputException;
import dev.geoflight.analyzer.pipeline.RecordingAnalyzer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What every command shares: {@code --verbose}, its output stream, reading recordings. */
abstract class CommandBase implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", description = "Print stack traces with errors (check: also the SLOs that are met)")
    boolean verbose;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    RecordingAnalyzer.Result analyze(List<Path> files, int slowest) throws InputException {
        return new RecordingAnalyzer(RecordingAnalyzer.defaultReader(), ProgressStream.forTerminal()).analyze(files, slowest);
    }

    Analysis groupsOf(List<Path> files) throws InputException {
        return analyze(files, 1).analysis();
    }
}
