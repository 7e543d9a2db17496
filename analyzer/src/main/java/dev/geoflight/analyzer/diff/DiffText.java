package dev.geoflight.analyzer.diff;

import dev.geoflight.analyzer.report.TextTable;
import dev.geoflight.analyzer.report.Units;
import java.util.Locale;

/** {@code diff --format text}: one table of rows and a closing verdict line. */
public final class DiffText {

    public String render(Comparison.Result result) {
        StringBuilder out = new StringBuilder();
        out.append("GeoFlight diff: ").append(String.join(", ", result.baseline())).append(" -> ")
                .append(String.join(", ", result.current())).append('\n');
        TextTable table = new TextTable("status", "operation", "layer", "complexity", ">count", ">Δcount", ">mean", ">Δmean",
                ">p95", ">Δp95", ">bytes/call", ">Δbytes/call");
        for (Comparison.Row r : result.rows()) {
            table.row(r.status(), r.operation(), r.layer().isEmpty() ? "-" : r.layer(), r.complexity(),
                    Units.count(r.currentCount()), pct(r.countChangePercent()), Units.duration(r.currentMeanNanos()),
                    pct(r.meanChangePercent()), Units.duration(r.currentP95Nanos()), pct(r.p95ChangePercent()),
                    Units.bytes(r.currentBytesPerCall()), pct(r.bytesPerCallChangePercent()));
        }
        out.append(table.isEmpty() ? "  (no rows)\n" : table.render());
        out.append(String.format(Locale.ROOT, "%d regression%s (p95 or mean slower by more than %s%%, rows with at least %,d calls)%n",
                result.regressions(), result.regressions() == 1 ? "" : "s", trim(result.thresholdPercent()), result.minCount()));
        return out.toString();
    }

    private static String pct(Double change) {
        return change == null ? "-" : String.format(Locale.ROOT, "%+.1f%%", change);
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
