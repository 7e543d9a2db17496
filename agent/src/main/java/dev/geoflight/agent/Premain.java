package dev.geoflight.agent;

import java.io.File;
import java.lang.instrument.Instrumentation;
import java.util.jar.JarFile;

/**
 * Entry point named by the jar's {@code Premain-Class}. It is loaded by the system class loader and
 * does only one thing itself: it puts the agent jar on the bootstrap class path, so that advice
 * inlined into JTS classes (whatever loader defined them) resolves GeoFlight's runtime and event
 * classes, and then hands over to {@link AgentInstaller} loaded from there.
 */
public final class Premain {

    private Premain() {
    }

    public static void premain(String arguments, Instrumentation instrumentation) {
        try {
            File jar = new File(Premain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            instrumentation.appendToBootstrapClassLoaderSearch(new JarFile(jar));
            Class<?> installer = Class.forName("dev.geoflight.agent.AgentInstaller", true, null);
            installer.getMethod("install", String.class, Instrumentation.class)
                    .invoke(null, arguments, instrumentation);
        } catch (Throwable t) {
            // The application must start whatever happens to the agent.
            System.err.println("[geoflight] agent not installed, the application runs without it: " + t);
        }
    }
}
