package dev.geoflight.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** What the sections found: markdown sections and one verdict per target of issue 5, point 8. */
public final class Report {

    /** How a target came out. */
    public enum Verdict {
        MET("**met**"),
        MISSED("**missed**"),
        /** The limit lies within the figure's error: this run cannot tell. */
        UNRESOLVED("unresolved (the limit is within the measurement's error)"),
        NOT_MEASURED("not measured");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        /** A figure with a ± error against an upper limit: met or missed only when the whole interval says so. */
        public static Verdict atMost(double value, double error, double limit) {
            if (Double.isNaN(value)) {
                return NOT_MEASURED;
            }
            double margin = Double.isNaN(error) ? 0 : error;
            return value + margin <= limit ? MET : value - margin > limit ? MISSED : UNRESOLVED;
        }

        /** A figure with a ± error against a lower limit: met or missed only when the whole interval says so. */
        public static Verdict atLeast(double value, double error, double limit) {
            return atMost(-value, error, -limit);
        }

        /** Several figures for one target: met only when every one is, missed when any is. */
        public static Verdict all(List<Verdict> verdicts) {
            for (Verdict worst : List.of(MISSED, UNRESOLVED, NOT_MEASURED)) {
                if (verdicts.contains(worst)) {
                    return worst;
                }
            }
            return verdicts.isEmpty() ? NOT_MEASURED : MET;
        }

        static Verdict of(Boolean met) {
            return met == null ? NOT_MEASURED : met ? MET : MISSED;
        }
    }

    /** One target's verdict, with the figures that decide it. */
    public record Target(String name, Verdict verdict, String figures) {
        String verdict(boolean smokeOnly) {
            return smokeOnly && verdict != Verdict.NOT_MEASURED ? "not judged (quick run)" : verdict.text;
        }
    }

    private final List<String> sections = new ArrayList<>();
    private final List<Target> targets = new ArrayList<>();
    private final boolean smokeOnly;

    /** A full run's report. */
    public Report() {
        this(false);
    }

    /** With {@code smokeOnly} (quick runs) figures are shown but no target is judged on them. */
    public Report(boolean smokeOnly) {
        this.smokeOnly = smokeOnly;
    }

    public void section(String markdown) {
        sections.add(markdown.strip());
    }

    /** A target judged on a plain comparison: met (true), missed (false) or not measured (null). */
    public void target(String name, Boolean met, String figures) {
        target(name, Verdict.of(met), figures);
    }

    public void target(String name, Verdict verdict, String figures) {
        targets.add(new Target(name, verdict, figures));
    }

    public List<Target> targets() {
        return List.copyOf(targets);
    }

    public List<String> sections() {
        return List.copyOf(sections);
    }

    /** Markdown table from a header row and rows (cells are used as they are). */
    public static String table(List<String> header, List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        out.append("| ").append(String.join(" | ", header)).append(" |\n");
        out.append("|").append(" --- |".repeat(header.size())).append("\n");
        for (List<String> row : rows) {
            out.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        return out.toString();
    }

    public String markdown(String preamble) {
        StringBuilder out = new StringBuilder(preamble.strip()).append("\n\n## Targets (issue 5, point 8)\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Target target : targets) {
            rows.add(List.of(target.name(), target.verdict(smokeOnly), target.figures()));
        }
        out.append(table(List.of("target", "verdict", "figures"), rows)).append('\n');
        for (String section : sections) {
            out.append(section).append("\n\n");
        }
        return out.toString().strip() + "\n";
    }
}
