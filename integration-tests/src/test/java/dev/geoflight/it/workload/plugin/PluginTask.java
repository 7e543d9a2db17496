package dev.geoflight.it.workload.plugin;

import dev.geoflight.GeoFlight;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

import java.net.URLClassLoader;
import java.util.function.Supplier;

/** Runs inside the host's plugin class loader: 5 intersects in layer "plugin". */
public final class PluginTask implements Supplier<String> {

    public static final int CALLS = 5;

    @Override
    public String get() {
        GeometryFactory factory = new GeometryFactory();
        Geometry area = factory.createPoint(new Coordinate(0, 0)).buffer(10);
        int hits = 0;
        try (GeoFlight.Scope scope = GeoFlight.layer("plugin")) {
            for (int i = 0; i < CALLS; i++) {
                if (area.intersects(factory.createPoint(new Coordinate(i * 4, 0)))) {
                    hits++;
                }
            }
        }
        return "hits=" + hits + " jtsLoader=" + (Geometry.class.getClassLoader() instanceof URLClassLoader ? "plugin" : "other");
    }
}
