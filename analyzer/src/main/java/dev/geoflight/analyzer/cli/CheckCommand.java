package dev.geoflight.analyzer.cli;

import dev.geoflight.analyzer.pipeline.RecordingAnalyzer;
import dev.geoflight.analyzer.slo.Slo;
import dev.geoflight.analyzer.slo.SloChecker;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Checks service-level objectives against one or more recordings (merged).",
                "SLO: selector:metric<value. Selector: any comma-separated subset of operation=, layer=, complexity=,"
                        + " repository= (matching rows are merged). Metric: p50 p95 p99 max mean (units ns us ms s)"
                        + " or allocated (bytes per call; units B KB MB).",
                "Prints one line per violated SLO and exits 1; an SLO whose selector matches no calls exits 2."})
final class CheckCommand extends CommandBase {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JFR recordings (.jfr)")
    List<Path> files;

    @Option(names = "--slo", required = true, paramLabel = "SLO",
            description = "e.g. 'operation=Geometry.buffer,layer=roads:p95<5ms' (repeatable)")
    List<String> slos;

    @Override
    public Integer call() throws Exception {
        List<Slo> parsed = new ArrayList<>();
        for (String text : slos) {
            try {
                parsed.add(Slo.parse(text));
            } catch (IllegalArgumentException e) {
                throw new GeoFlightCli.UsageException(e.getMessage());
            }
        }
        var analysis = groupsOf(files);
        List<SloChecker.Outcome> outcomes = new SloChecker().check(analysis, parsed);
        for (SloChecker.Outcome outcome : outcomes) {
            if (outcome.calls() == 0) {
                throw new GeoFlightCli.UsageException("SLO '" + outcome.slo().text() + "' matches no calls in "
                        + String.join(", ", files.stream().map(Path::toString).toList()));
            }
        }
        PrintWriter out = out();
        long violated = 0;
        for (SloChecker.Outcome outcome : outcomes) {
            if (!outcome.met()) {
                violated++;
                out.println(outcome.describe());
            } else if (verbose) {
                out.println(outcome.describe());
            }
        }
        if (violated == 0) {
            out.printf("all %d SLO%s met%n", outcomes.size(), outcomes.size() == 1 ? "" : "s");
        }
        out.flush();
        return violated > 0 ? GeoFlightCli.FAILED : GeoFlightCli.OK;
    }
}
