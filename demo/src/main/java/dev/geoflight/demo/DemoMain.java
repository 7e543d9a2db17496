package dev.geoflight.demo;

import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code java -jar geoflight-demo.jar [--seconds N] [--threads N] [--seed N] [--warmup N] [--db URL]}:
 * generates the city, runs the workload and prints what it did. The last line is the
 * machine-readable summary.
 */
public final class DemoMain {

    private DemoMain() {
    }

    public static void main(String[] args) {
        if (Arrays.asList(args).contains("--help") || Arrays.asList(args).contains("-h")) {
            System.out.println(DemoOptions.USAGE);
            return;
        }
        DemoOptions options;
        try {
            options = DemoOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("geoflight-demo: " + e.getMessage());
            System.err.println(DemoOptions.USAGE);
            System.exit(2);
            return;
        }
        // opened first, so that a wrong URL fails before the city is generated
        try (DemoDatabase database = options.db() == null ? null : new DemoDatabase(options.db())) {
            run(options, database);
        } catch (SQLException e) {
            System.err.println("geoflight-demo: the database of --db failed: " + e.getMessage());
            System.exit(1);
        }
    }

    private static void run(DemoOptions options, DemoDatabase database) throws SQLException {
        long start = System.nanoTime();
        City city = CityGenerator.generate(options.seed());
        System.out.printf(Locale.ROOT, "city (seed %d) generated in %d ms: %s%n", options.seed(),
                (System.nanoTime() - start) / 1_000_000, describe(city.layerStats()));
        if (database != null) {
            start = System.nanoTime();
            city = PostgisCity.load(city, database);
            System.out.printf(Locale.ROOT, "layers stored in PostGIS and read back in %d ms; buildings are queried there%n",
                    (System.nanoTime() - start) / 1_000_000);
        }
        if (options.warmup() > 0) {
            System.out.printf(Locale.ROOT, "warming up for %s s%n", seconds(options.warmup()));
            Workload.run(city, options, options.warmup());
        }
        System.out.printf(Locale.ROOT, "running %d tasks on %d threads for %s s%n",
                Workload.tasks().size(), options.threads(), seconds(options.seconds()));
        RunResult result = Workload.run(city, options, options.seconds());
        System.out.print(result.table());
        System.out.println(result.summaryLine());
    }

    private static String describe(List<LayerStats> layers) {
        return layers.stream().map(LayerStats::toString).collect(Collectors.joining(", "));
    }

    private static String seconds(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
