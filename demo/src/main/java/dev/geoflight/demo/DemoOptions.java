package dev.geoflight.demo;

/**
 * The demo's command line: how long, on how many threads, from which seed.
 *
 * @param warmup seconds of untimed work before the timed run, so a comparison of runs with and
 *     without the agent is not dominated by the JIT compiling JTS (and the agent's advice)
 * @param db JDBC URL of a PostGIS database to keep the city's layers in and query them from
 *     ({@code --db}); null keeps everything in memory
 */
public record DemoOptions(double seconds, int threads, long seed, double warmup, String db) {
    public static final double DEFAULT_SECONDS = 15;
    public static final int DEFAULT_THREADS = 2;
    public static final long DEFAULT_SEED = 42;
    public static final double DEFAULT_WARMUP = 0;

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar geoflight-demo.jar [--seconds N] [--threads N] [--seed N] [--warmup N] [--db URL]",
            "  --seconds N   how long the workload runs, timed inside the JVM (default 15; decimals allowed)",
            "  --threads N   worker threads (default 2)",
            "  --seed N      seed of the synthetic city and of the workers' choices (default 42)",
            "  --warmup N    seconds of untimed work first, not counted in the summary (default 0)",
            "  --db URL      keep the city's layers in PostGIS and query the buildings there (default: in memory),",
            "                e.g. jdbc:postgresql://127.0.0.1:5432/geoflight?user=geoflight&password=geoflight");

    public DemoOptions {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("--seconds must be a positive number, got " + seconds);
        }
        if (!(warmup >= 0) || Double.isInfinite(warmup)) {
            throw new IllegalArgumentException("--warmup must be zero or a positive number, got " + warmup);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (db != null && !db.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db needs a PostgreSQL JDBC URL (jdbc:postgresql://HOST:PORT/DATABASE), got '"
                    + db + "'");
        }
    }

    /** Everything in memory. */
    public DemoOptions(double seconds, int threads, long seed, double warmup) {
        this(seconds, threads, seed, warmup, null);
    }

    /** Parses {@code --key N} and {@code --key=N}; anything else is an {@link IllegalArgumentException}. */
    public static DemoOptions parse(String... args) {
        double seconds = DEFAULT_SECONDS;
        int threads = DEFAULT_THREADS;
        long seed = DEFAULT_SEED;
        double warmup = DEFAULT_WARMUP;
        String db = null;
        for (int a = 0; a < args.length; a++) {
            String arg = args[a];
            String key = arg;
            String value;
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                key = arg.substring(0, equals);
                value = arg.substring(equals + 1);
            } else if (a + 1 < args.length) {
                value = args[++a];
            } else {
                value = null;
            }
            switch (key) {
                case "--seconds" -> seconds = number(key, value, Double::parseDouble);
                case "--threads" -> threads = number(key, value, Integer::parseInt);
                case "--seed" -> seed = number(key, value, Long::parseLong);
                case "--warmup" -> warmup = number(key, value, Double::parseDouble);
                case "--db" -> db = text(key, value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new DemoOptions(seconds, threads, seed, warmup, db);
    }

    private static String text(String key, String value) {
        if (value == null) {
            throw new IllegalArgumentException(key + " needs a value");
        }
        return value;
    }

    private static <T> T number(String key, String value, java.util.function.Function<String, T> parser) {
        if (value == null) {
            throw new IllegalArgumentException(key + " needs a value");
        }
        try {
            return parser.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " needs a number, got '" + value + "'");
        }
    }
}
