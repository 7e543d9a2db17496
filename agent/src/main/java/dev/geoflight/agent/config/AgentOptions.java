package dev.geoflight.agent.config;

import dev.geoflight.agent.AgentLog;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The agent's options, read from the agent argument, {@code -Dgeoflight.KEY} system properties and
 * {@code GEOFLIGHT_KEY} environment variables, in that order of precedence. A bad key or value never
 * stops the application: it gets one {@code [geoflight]} line and the setting keeps its default.
 */
public record AgentOptions(
        Path record,
        int simpleBelow,
        int complexFrom,
        List<ClassGlob> repositories,
        List<LayerMapping> layers,
        String metrics,
        String metricsHost,
        int metricsPort,
        String profiler,
        AgentLog.Level log,
        int maxLayers) {

    public static final List<String> KEYS = List.of(
            "record", "complexity.thresholds", "repositories", "layers",
            "metrics", "metrics.host", "metrics.port", "profiler", "log", "max.layers");

    public static AgentOptions defaults() {
        return new AgentOptions(null, 100, 10_000, List.of(), List.of(), "", "127.0.0.1", 9464, "", AgentLog.Level.INFO, 1_000);
    }

    /** Reads the options; {@code environment} is usually {@code System.getenv()}. */
    public static AgentOptions parse(String agentArgument, Map<String, String> systemProperties, Map<String, String> environment) {
        Map<String, String> raw = new LinkedHashMap<>();
        for (String key : KEYS) {
            String env = environment.get("GEOFLIGHT_" + key.replace('.', '_').toUpperCase(Locale.ROOT));
            if (env != null) {
                raw.put(key, env);
            }
            String property = systemProperties.get("geoflight." + key);
            if (property != null) {
                raw.put(key, property);
            }
        }
        if (agentArgument != null && !agentArgument.isBlank()) {
            String previousKey = null;
            for (String pair : agentArgument.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq < 0 && previousKey != null && pair.trim().matches("\\d+")) {
                    // complexity.thresholds=100,10000: the comma is the value's, not a new option
                    raw.merge(previousKey, pair.trim(), (a, b) -> a + "," + b);
                    continue;
                }
                String key = (eq < 0 ? pair : pair.substring(0, eq)).trim();
                if (!KEYS.contains(key)) {
                    // the contract's one line names the key and the value that came with it
                    String value = eq < 0 ? "" : " (value '" + pair.substring(eq + 1).trim() + "')";
                    AgentLog.warn("unknown option '" + key + "'" + value + " ignored; known options: " + String.join(", ", KEYS));
                    continue;
                }
                raw.put(key, eq < 0 ? "" : pair.substring(eq + 1).trim());
                previousKey = key;
            }
        }
        return fromRaw(raw);
    }

    private static AgentOptions fromRaw(Map<String, String> raw) {
        AgentOptions d = defaults();
        // log first, so that what follows is reported at the level the user asked for
        AgentLog.Level log = value(raw, "log", d.log, v -> AgentLog.Level.valueOf(v.toUpperCase(Locale.ROOT)), "quiet, info or debug");
        AgentLog.setLevel(log);
        Path record = value(raw, "record", d.record, AgentOptions::recordPath, "a file path, e.g. record=app.jfr");
        int[] thresholds = value(raw, "complexity.thresholds", new int[] {d.simpleBelow, d.complexFrom},
                AgentOptions::thresholds, "two vertex counts A,B with 0 <= A <= B, e.g. 100,10000");
        List<ClassGlob> repositories = value(raw, "repositories", d.repositories, AgentOptions::globs,
                "';'-separated class-name globs, e.g. com.acme.**.*Repository");
        List<LayerMapping> layers = value(raw, "layers", d.layers, AgentOptions::layerMappings,
                "';'-separated glob=layer pairs, e.g. com.acme.roads.**=roads;com.acme.Parcels=parcels");
        String metrics = value(raw, "metrics", d.metrics, v -> oneOf(v, "prometheus"), "prometheus");
        String host = value(raw, "metrics.host", d.metricsHost, AgentOptions::nonBlank, "a host name or address");
        int port = value(raw, "metrics.port", d.metricsPort, AgentOptions::port, "a port number from 0 to 65535");
        String profiler = value(raw, "profiler", d.profiler, v -> oneOf(v, "cpu", "wall", "alloc", "lock"), "cpu, wall, alloc or lock");
        // bounds the agent's memory: each distinct layer and repository gets statistics cells of its own
        int maxLayers = value(raw, "max.layers", d.maxLayers, AgentOptions::positive, "a whole number of at least 1, e.g. 1000");
        return new AgentOptions(record, thresholds[0], thresholds[1], repositories, layers, metrics, host, port, profiler, log,
                maxLayers);
    }

    private static <T> T value(Map<String, String> raw, String key, T fallback, Function<String, T> parser, String accepted) {
        String text = raw.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return parser.apply(text);
        } catch (RuntimeException e) {
            AgentLog.warn("bad value '" + text + "' for option " + key + ": expected " + accepted + "; using the default");
            return fallback;
        }
    }

    private static Path recordPath(String value) {
        return Path.of(nonBlank(value)).toAbsolutePath();
    }

    private static int[] thresholds(String value) {
        String[] parts = value.split("[,;]");
        if (parts.length != 2) {
            throw new IllegalArgumentException(value);
        }
        int a = Integer.parseInt(parts[0].trim());
        int b = Integer.parseInt(parts[1].trim());
        if (a < 0 || b < a) {
            throw new IllegalArgumentException(value);
        }
        return new int[] {a, b};
    }

    private static List<ClassGlob> globs(String value) {
        List<ClassGlob> globs = new ArrayList<>();
        for (String glob : value.split(";")) {
            if (!glob.isBlank()) {
                globs.add(ClassGlob.of(glob.trim()));
            }
        }
        return List.copyOf(globs);
    }

    private static List<LayerMapping> layerMappings(String value) {
        List<LayerMapping> mappings = new ArrayList<>();
        for (String pair : value.split(";")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException(pair);
            }
            mappings.add(new LayerMapping(ClassGlob.of(pair.substring(0, eq).trim()), pair.substring(eq + 1).trim()));
        }
        return List.copyOf(mappings);
    }

    private static String oneOf(String value, String... accepted) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        for (String a : accepted) {
            if (a.equals(v)) {
                return a;
            }
        }
        throw new IllegalArgumentException(value);
    }

    private static String nonBlank(String value) {
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank");
        }
        return value.trim();
    }

    private static int positive(String value) {
        int number = Integer.parseInt(value.trim());
        if (number < 1) {
            throw new IllegalArgumentException(value);
        }
        return number;
    }

    private static int port(String value) {
        int port = Integer.parseInt(value.trim());
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException(value);
        }
        return port;
    }

    /** A {@code layers} entry: classes matching the glob run in the layer. */
    public record LayerMapping(ClassGlob glob, String layer) {
    }
}
