package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallEvent;
import dev.geoflight.analyzer.read.CallKind;
import dev.geoflight.analyzer.read.Frame;
import dev.geoflight.analyzer.read.StackTrace;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the call site of a call: the first application frame outside JTS, GeoFlight's own code
 * and the JDK. For a repository call the repository's own frames are skipped too, so the site is
 * the code that called the repository. Readers share one {@link StackTrace} per distinct trace,
 * so the answer is cached per trace.
 */
public final class CallSiteLocator {
    private static final List<String> FRAMEWORK_PREFIXES = List.of(
            "org.locationtech.jts.", "dev.geoflight.events.", "dev.geoflight.internal.", "dev.geoflight.agent.",
            "dev.geoflight.shaded.", "dev.geoflight.GeoFlight", "java.", "javax.", "jdk.", "sun.", "com.sun.",
            "net.bytebuddy.");
    private static final int CACHE_LIMIT = 100_000;

    private final Map<StackTrace, String> cache = new IdentityHashMap<>();
    private final Map<StackTrace, String> repositoryCache = new IdentityHashMap<>();

    /** The call site as {@code class.method:line}, or "" when the trace has no application frame. */
    public String locate(CallEvent event) {
        StackTrace trace = event.stackTrace();
        if (trace.frames().isEmpty()) {
            return "";
        }
        boolean repository = event.kind() == CallKind.REPOSITORY;
        Map<StackTrace, String> map = repository ? repositoryCache : cache;
        String site = map.get(trace);
        if (site == null) {
            if (map.size() > CACHE_LIMIT) {
                map.clear();
            }
            site = find(trace, repository ? event.repository() : null);
            map.put(trace, site);
        }
        return site;
    }

    private static String find(StackTrace trace, String skippedClass) {
        for (Frame frame : trace.frames()) {
            String name = frame.className();
            if (isFramework(name) || (skippedClass != null && (name.equals(skippedClass) || name.startsWith(skippedClass + "$")))) {
                continue;
            }
            return frame.display();
        }
        return "";
    }

    static boolean isFramework(String className) {
        for (String prefix : FRAMEWORK_PREFIXES) {
            if (className.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
