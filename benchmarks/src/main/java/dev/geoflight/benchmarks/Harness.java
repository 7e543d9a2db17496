package dev.geoflight.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code java -jar geoflight-benchmarks.jar run [--quick] [--root DIR] [--output FILE] [--also-jdk DIR] [--only a,b]}
 * runs the sections of issue 5 and writes RESULTS.md; {@code jmh ...} is JMH's own command line.
 * Sections: overhead (JMH, JEP 520), records (what each recorder writes), demo, startup, size, analyzer.
 */
public final class Harness {

    static final List<String> SECTIONS = List.of("overhead", "records", "demo", "startup", "size", "analyzer");

    private Harness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("jmh")) {
            org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        if (args.length == 0 || !args[0].equals("run")) {
            System.err.println("usage: java -jar geoflight-benchmarks.jar run [--quick] [--root DIR] [--output FILE] [--also-jdk DIR] [--only "
                    + String.join(",", SECTIONS) + "]");
            System.err.println("       java -jar geoflight-benchmarks.jar jmh [JMH options]");
            System.exit(2);
        }
        boolean quick = false;
        Path root = Path.of(".");
        Path output = null;
        Path secondJdk = null;
        Set<String> only = new LinkedHashSet<>(SECTIONS);
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--root" -> root = Path.of(args[++i]);
                case "--output" -> output = Path.of(args[++i]);
                case "--also-jdk" -> secondJdk = Path.of(args[++i]);
                case "--only" -> only = new LinkedHashSet<>(Arrays.asList(args[++i].split(",")));
                default -> {
                    System.err.println("unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        root = root.toAbsolutePath().normalize();
        if (output == null) {
            output = root.resolve("benchmarks/RESULTS.md");
        }
        Path work = root.resolve("benchmarks/target/bench-work");
        Files.createDirectories(work);
        Path jar = Path.of(Harness.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Context context = new Context(root, work, Path.of(System.getProperty("java.home")), secondJdk, jar, quick, System.err);
        run(context, only, output);
        context.say("wrote %s", output);
    }

    private static String git(Context context, String... args) {
        try {
            List<String> command = new ArrayList<>(List.of("git", "-C", context.root().toString()));
            command.addAll(List.of(args));
            Proc.Result result = Proc.run(command, context.work(), 30);
            return result.ok() ? result.stdout().strip() : "unknown";
        } catch (IOException | InterruptedException e) {
            return "unknown";
        }
    }

    /**
     * Runs the chosen sections and writes the report after each one, so that a run cut short still
     * leaves what it measured (marked incomplete); one that fails leaves a note and the others run.
     */
    static void run(Context context, Set<String> only, Path output) throws IOException {
        Machine before = Machine.read(context);
        List<String> jars = context.snapshotJars();
        String commit = git(context, "rev-parse", "--short", "HEAD");
        String dirty = git(context, "status", "--porcelain", "--", "agent", "analyzer", "jfr-events", "demo", "jfc");
        long start = System.nanoTime();
        Report report = new Report(context.quick());
        List<String> failures = new ArrayList<>();
        for (String section : SECTIONS) {
            if (!only.contains(section)) {
                continue;
            }
            context.say("== section %s", section);
            try {
                switch (section) {
                    case "overhead" -> new OverheadSection(context).run(report);
                    case "records" -> new RecordsSection(context).run(report);
                    case "demo" -> new DemoSection(context).run(report);
                    case "startup" -> new StartupSection(context).run(report);
                    case "size" -> new SizeSection(context).run(report);
                    case "analyzer" -> new AnalyzerSection(context).run(report);
                    default -> throw new IllegalArgumentException("unknown section " + section);
                }
            } catch (Exception e) {
                context.say("section %s failed: %s", section, e);
                e.printStackTrace(context.log());
                failures.add(section + ": " + e);
            }
            boolean last = section.equals(SECTIONS.stream().filter(only::contains).reduce((a, b) -> b).orElse(section));
            Files.writeString(output, markdown(context, report, before, start, commit, dirty, jars, failures,
                    last ? "" : "\n**Incomplete: the run was still going after section " + section + ".**\n"));
        }
    }

    private static String markdown(Context context, Report report, Machine before, long start, String commit, String dirty,
                                   List<String> jars, List<String> failures, String incomplete) {
        double minutes = (System.nanoTime() - start) / 60e9;
        Machine after = Machine.read(context);
        StringBuilder preamble = new StringBuilder("# GeoFlight benchmark results\n\n");
        preamble.append("Written by `benchmarks/run.sh").append(context.quick() ? " --quick" : "")
                .append("` (see `benchmarks/README.md`). Every ratio is against an anchor measured in the same run.\n\n");
        preamble.append(before.markdown(after, minutes));
        preamble.append(Stats.f("%nMeasured: commit `%s`%s; jars copied at the start of the run: %s.%n", commit,
                dirty.isBlank() ? "" : " with uncommitted changes under agent/, analyzer/, jfr-events/, demo/ or jfc/ (others work in the same tree)",
                String.join(", ", jars)));
        preamble.append(incomplete);
        if (context.quick()) {
            preamble.append("\n**Quick mode: smoke-run figures with tiny iteration counts; not for judging targets.**\n");
        }
        for (String failure : failures) {
            preamble.append("\n- section failed: ").append(failure).append('\n');
        }
        return report.markdown(preamble.toString());
    }
}
