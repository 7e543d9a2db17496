package dev.geoflight.benchmarks;

import java.util.ArrayList;
import java.util.List;

/** What the sections found: markdown sections and one verdict per target of issue 5, point 8. */
public final class Report {

    /** One target: met (true/false) or not measured (null), with the figures that decide it. */
    public record Target(String name, Boolean met, String figures) {
        String verdict(boolean smokeOnly) {
            if (met != null && smokeOnly) {
                return "not judged (quick run)";
            }
            return met == null ? "not measured" : met ? "**met**" : "**missed**";
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

    public void target(String name, Boolean met, String figures) {
        targets.add(new Target(name, met, figures));
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
