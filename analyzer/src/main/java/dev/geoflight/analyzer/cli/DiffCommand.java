package dev.geoflight.analyzer.cli;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.diff.Comparison;
import dev.geoflight.analyzer.diff.DiffText;
import dev.geoflight.analyzer.pipeline.RecordingAnalyzer;
import dev.geoflight.analyzer.report.JsonReport;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compares two recordings per (operation, layer, complexity): count, mean, p95 and bytes per call.",
                "A row regresses when its p95 or mean is slower by more than --threshold percent and both sides have"
                        + " at least --min-count calls. Exit status 1 when any row regresses."})
final class DiffCommand extends CommandBase {
    enum Format { text, json }

    @Parameters(index = "0", paramLabel = "BASELINE", description = "Recording of the known-good build")
    Path baseline;

    @Parameters(index = "1", paramLabel = "CURRENT", description = "Recording of the build to judge")
    Path current;

    @Option(names = "--threshold", defaultValue = "10", paramLabel = "PERCENT",
            description = "Slowdown in p95 or mean that counts as a regression (default: ${DEFAULT-VALUE})")
    double threshold;

    @Option(names = "--min-count", defaultValue = "100", paramLabel = "N",
            description = "Rows with fewer calls on either side are noise, never regressions (default: ${DEFAULT-VALUE})")
    long minCount;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json", description = "Output format (default: ${DEFAULT-VALUE})")
    Format format;

    @Override
    public Integer call() throws Exception {
        if (threshold < 0 || minCount < 0) {
            throw new GeoFlightCli.UsageException("--threshold and --min-count must not be negative");
        }
        Analysis before = groupsOf(List.of(baseline));
        Analysis after = groupsOf(List.of(current));
        Comparison.Result result = new Comparison(threshold, minCount)
                .compare(List.of(baseline.toString()), before.groups(), List.of(current.toString()), after.groups());
        String text = format == Format.json ? new JsonReport().render(result) : new DiffText().render(result);
        Output.write(text, null, out());
        return result.regressions() > 0 ? GeoFlightCli.FAILED : GeoFlightCli.OK;
    }

}
