package dev.geoflight.benchmarks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** The JVM configurations the overhead benchmark compares, each a list of JVM arguments. */
public enum JvmMode {
    NONE("none", "no agent, no recording", false),
    ATTACHED("attached", "agent attached, no recording", false),
    JFR_DEFAULT("jfr-default", "no agent, recording with the JDK's default.jfc only", false),
    GEOFLIGHT("geoflight", "agent, recording default.jfc + geoflight.jfc (per-call threshold 10 ms)", false),
    DETAILED("detailed", "agent, recording default.jfc + geoflight-detailed.jfc (every call, stack traces)", false),
    DETAILED_NO_STACK("detailed-nostack", "agent, geoflight-detailed.jfc with stackTrace=false", false),
    JDK_METHOD_TIMING("jep520-timing", "no agent, default.jfc + method-timing on the same methods (JDK 25)", true),
    JDK_METHOD_TRACE("jep520-trace", "no agent, default.jfc + method-trace on the same methods (JDK 25)", true);

    /** Disk use of recordings made while benchmarking is bounded; they are not kept. */
    private static final String MAX_SIZE = "maxsize=256m";

    private final String label;
    private final String description;
    private final boolean needsJdk25;

    JvmMode(String label, String description, boolean needsJdk25) {
        this.label = label;
        this.description = description;
        this.needsJdk25 = needsJdk25;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public boolean availableOn(Context context) {
        return !needsJdk25 || context.jdkFeature() >= 25;
    }

    /** The JVM arguments of this mode; {@code methodFilter} is JEP 520's filter for the JDK's modes. */
    public List<String> jvmArgs(Context context, String methodFilter) throws IOException {
        List<String> args = new ArrayList<>();
        String agent = context.agent("log=quiet");
        String geoflight = context.jfc("geoflight.jfc").toString();
        String detailed = context.jfc("geoflight-detailed.jfc").toString();
        switch (this) {
            case NONE -> { }
            case ATTACHED -> args.add(agent);
            case JFR_DEFAULT -> args.add(context.recording(List.of("default.jfc"), null, MAX_SIZE));
            case GEOFLIGHT -> {
                args.add(agent);
                args.add(context.recording(List.of("default.jfc", geoflight), null, MAX_SIZE));
            }
            case DETAILED -> {
                args.add(agent);
                args.add(context.recording(List.of("default.jfc", detailed), null, MAX_SIZE));
            }
            case DETAILED_NO_STACK -> {
                args.add(agent);
                args.add(context.recording(List.of("default.jfc", detailed, context.noStackTracesJfc().toString()), null, MAX_SIZE));
            }
            case JDK_METHOD_TIMING -> args.add(context.recording(List.of("default.jfc"), null, MAX_SIZE,
                    "method-timing=" + methodFilter));
            case JDK_METHOD_TRACE -> args.add(context.recording(List.of("default.jfc"), null, MAX_SIZE,
                    "method-trace=" + methodFilter));
            default -> throw new IllegalStateException(name());
        }
        return args;
    }
}
