package dev.geoflight.agent.instrument;

import net.bytebuddy.dynamic.ClassFileLocator;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The class files of GeoFlight's advice and of what it mentions (ByteBuddy's relocated advice
 * annotations, the runtime and event classes), read once from the agent jar through the system
 * class loader — the agent runs from the bootstrap class path, whose loader hands out no class
 * files, and a plugin's class loader may not see the agent jar at all — then served from memory
 * to every transformation. Any other name is left to the instrumented class's own loader, so JTS
 * is always described as the application loaded it.
 */
public final class AdviceClassFiles implements ClassFileLocator {

    public static final AdviceClassFiles INSTANCE = new AdviceClassFiles();

    private static final String AGENT_PACKAGE = "dev.geoflight.";

    private final ClassFileLocator jar = ClassFileLocator.ForClassLoader.ofSystemLoader();
    private final ConcurrentHashMap<String, Resolution> cache = new ConcurrentHashMap<>();

    private AdviceClassFiles() {
    }

    @Override
    public Resolution locate(String name) throws IOException {
        if (!name.startsWith(AGENT_PACKAGE)) {
            return new Resolution.Illegal(name);
        }
        Resolution cached = cache.get(name);
        if (cached == null) {
            Resolution read = jar.locate(name);
            cached = read.isResolved() ? new Resolution.Explicit(read.resolve()) : read;
            cache.putIfAbsent(name, cached);
        }
        return cached;
    }

    @Override
    public void close() {
        // the system loader's locator owns nothing to release
    }
}
