package dev.geoflight.analyzer.cli;

import dev.geoflight.analyzer.pipeline.RecordingAnalyzer;
import dev.geoflight.analyzer.report.HtmlReport;
import dev.geoflight.analyzer.report.JsonReport;
import dev.geoflight.analyzer.report.Report;
import dev.geoflight.analyzer.report.ReportBuilder;
import dev.geoflight.analyzer.report.TextReport;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = {"Ranks spatial hotspots, memory, layers, repositories, slowest calls, call sites and regions"
                + " of one or more recordings (several files merge into one view), with recommendations and warnings."})
final class AnalyzeCommand extends CommandBase {
    enum Format { text, json, html }

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "JFR recordings (.jfr)")
    List<Path> files;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|html",
            description = "Report format (default: ${DEFAULT-VALUE}); html is one self-contained file")
    Format format;

    @Option(names = "--output", paramLabel = "PATH", description = "Write the report to PATH instead of standard output")
    Path output;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N",
            description = "Rows per ranked section (default: ${DEFAULT-VALUE})")
    int top;

    @Override
    public Integer call() throws Exception {
        if (top < 1) {
            throw new GeoFlightCli.UsageException("--top must be at least 1, not " + top);
        }
        WarmUp.start(format.name());
        RecordingAnalyzer.Result result = analyze(files, top);
        Report report = new ReportBuilder(top).build(result.analysis(), result.recommendations());
        String text = switch (format) {
            case text -> new TextReport().render(report);
            case json -> new JsonReport().render(report);
            case html -> new HtmlReport().render(report, result.analysis());
        };
        Output.write(text, output, out());
        return GeoFlightCli.OK;
    }
}
