package dev.geoflight.demo;

/** The demo's command line: how long, on how many threads, from which seed. */
public record DemoOptions(double seconds, int threads, long seed) {
    public static final double DEFAULT_SECONDS = 15;
    public static final int DEFAULT_THREADS = 2;
    public static final long DEFAULT_SEED = 42;

    public static final String USAGE = String.join(System.lineSeparator(),
            "usage: java -jar geoflight-demo.jar [--seconds N] [--threads N] [--seed N]",
            "  --seconds N   how long the workload runs, timed inside the JVM (default 15; decimals allowed)",
            "  --threads N   worker threads (default 2)",
            "  --seed N      seed of the synthetic city and of the workers' choices (default 42)");

    public DemoOptions {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException("--seconds must be a positive number, got " + seconds);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
    }

    /** Parses {@code --key N} and {@code --key=N}; anything else is an {@link IllegalArgumentException}. */
    public static DemoOptions parse(String... args) {
        double seconds = DEFAULT_SECONDS;
        int threads = DEFAULT_THREADS;
        long seed = DEFAULT_SEED;
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
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        return new DemoOptions(seconds, threads, seed);
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
