package dev.geoflight.demo;

import dev.geoflight.GeoFlight;
import java.util.SplittableRandom;

/**
 * A task whose whole unit of work belongs to one layer: {@link #run} opens the layer scope around
 * {@link #work}, exactly as an application wraps a request handler in {@code GeoFlight.layer}.
 */
abstract class LayerScopedTask implements WorkloadTask {
    private final String name;
    private final String layer;

    LayerScopedTask(String name, String layer) {
        this.name = name;
        this.layer = layer;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final String layer() {
        return layer;
    }

    @Override
    public final long run(City city, SplittableRandom random) {
        try (GeoFlight.Scope scope = GeoFlight.layer(layer)) {
            return work(city, random);
        }
    }

    /** The unit of work, run inside the layer scope; returns the JTS operations it called. */
    protected abstract long work(City city, SplittableRandom random);
}
