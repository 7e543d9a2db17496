package dev.geoflight.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Generalisation for smaller map scales: a whole river through Douglas-Peucker, and a lake through
 * the topology-preserving simplifier (which keeps its island inside), at a random zoom level.
 */
final class SimplifyTask extends LayerScopedTask {
    private static final double[] TOLERANCES = {0.5, 2, 8};

    SimplifyTask() {
        super("simplify", Layers.RIVERS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        double tolerance = TOLERANCES[random.nextInt(TOLERANCES.length)];
        DouglasPeuckerSimplifier.simplify(Picks.any(city.rivers(), random), tolerance);
        TopologyPreservingSimplifier.simplify(Picks.any(city.lakes(), random), tolerance);
        return 2;
    }
}
