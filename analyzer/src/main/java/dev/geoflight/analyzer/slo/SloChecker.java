package dev.geoflight.analyzer.slo;

import dev.geoflight.analyzer.aggregate.Analysis;
import dev.geoflight.analyzer.aggregate.LatencyStats;
import dev.geoflight.analyzer.report.Units;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Checks SLOs against the merged groups an SLO's selector picks. */
public final class SloChecker {

    /** The outcome of one SLO; {@code calls} is 0 when the selector matched nothing. */
    public record Outcome(Slo slo, long calls, long value, boolean met) {
        public String describe() {
            String shown = slo.metric().isTime() ? Units.duration(value) : Units.bytes(value) + " per call";
            String limit = slo.metric().isTime() ? Units.duration(slo.limit()) : Units.bytes(slo.limit());
            return String.format(Locale.ROOT, "%s %s: %s is %s over %,d calls (limit %s%s)", met ? "SLO met" : "SLO violated",
                    slo.text(), slo.metric(), shown, calls, slo.inclusive() ? "<= " : "< ", limit);
        }
    }

    public List<Outcome> check(Analysis analysis, List<Slo> slos) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Slo slo : slos) {
            LatencyStats merged = new LatencyStats();
            analysis.groups().forEach((key, stats) -> {
                if (slo.matches(key, analysis.repositoryClasses().getOrDefault(key.operation(), ""))) {
                    merged.add(stats);
                }
            });
            long value = slo.metric().value(merged);
            outcomes.add(new Outcome(slo, merged.count(), value, merged.count() > 0 && slo.met(value)));
        }
        return outcomes;
    }
}
