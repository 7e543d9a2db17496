package dev.geoflight.analyzer.cli;

import dev.geoflight.analyzer.aggregate.Aggregation;
import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.FileAggregator;
import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.read.Frame;
import dev.geoflight.analyzer.read.StackTrace;
import dev.geoflight.analyzer.report.HtmlReport;
import dev.geoflight.analyzer.report.JsonReport;
import dev.geoflight.analyzer.report.Report;
import dev.geoflight.analyzer.report.ReportBuilder;
import dev.geoflight.analyzer.report.TextReport;
import dev.geoflight.analyzer.rules.RuleEngine;
import java.util.List;

/**
 * Runs what {@code analyze} does after the read (rules, report rows, the chosen format) once, on
 * a few made-up calls, on a thread of its own while the recording is read. In a cold JVM that
 * part is mostly loading and initializing classes (the rules' formatting, BigDecimal, Jackson,
 * record accessors found by reflection): about 0.1 s at the end of the run, when the main thread
 * has nothing to share the second core with. Done here, the real run finds it all loaded.
 *
 * <p>It starts once the command line is parsed, not at start-up: two threads loading classes
 * from the one jar then delayed the start of the read by about 0.1 s.
 */
final class WarmUp {
    /** Enough calls on one geometry for the prepared-geometry rule to speak (it needs 50). */
    private static final int CALLS = 64;

    private WarmUp() {
    }

    /** Starts the warm-up for a report in this format ({@code text}, {@code json} or {@code html}). */
    static void start(String format) {
        Thread thread = new Thread(() -> run(format), "geoflight-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static void run(String format) {
        try {
            RuleEngine rules = new RuleEngine();
            Aggregation aggregation = new Aggregation(1, rules.observers());
            FileAggregator file = aggregation.file("warm-up.jfr");
            StackTrace trace = new StackTrace(List.of(new Frame("warm.Up", "run", 1)), false);
            for (int i = 0; i < CALLS; i++) {
                file.call(new CallEvent(CallKind.OPERATION, "Geometry.intersects", "warm-up", "simple", i, 1_000,
                        "warm-up", trace, 0, 0, 1, 1, 5, 64, "Polygon", "Polygon", -1, ""));
            }
            file.finish();
            Analysis analysis = aggregation.finish();
            Report report = new ReportBuilder(1).build(analysis, rules.evaluate(analysis));
            switch (format) {
                case "json" -> new JsonReport().render(report);
                case "html" -> new HtmlReport().render(report, analysis);
                default -> new TextReport().render(report);
            }
        } catch (RuntimeException e) {
            // Only time is at stake: the real run does all of this again and reports its own errors.
        }
    }
}
