package dev.geoflight.it.workload.plugin;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * A host that has no JTS of its own: it loads JTS and a plugin from a class loader it creates,
 * as plugin systems and web containers do. Arguments: the jts-core jar, the plugin's class folder.
 */
public final class PluginHostWorkload {

    private PluginHostWorkload() {
    }

    public static void main(String[] args) throws Exception {
        URL[] urls = {Path.of(args[0]).toUri().toURL(), Path.of(args[1]).toUri().toURL()};
        // parent: the platform loader, so neither JTS nor the plugin comes from the application class path
        try (URLClassLoader plugins = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            @SuppressWarnings("unchecked")
            Supplier<String> task = (Supplier<String>) plugins.loadClass(PluginHostWorkload.class.getPackageName() + ".PluginTask")
                    .getConstructor().newInstance();
            System.out.println(task.get());
        }
        System.out.println("host sees JTS: " + hostSeesJts());
    }

    private static boolean hostSeesJts() {
        try {
            Class.forName("org.locationtech.jts.geom.Geometry");
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
