package dev.geoflight.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.locationtech.jts.simplify.VWSimplifier;

/**
 * Generalisation for smaller map scales, at a random zoom level: a whole river through
 * Douglas-Peucker (which may make a line cross itself, hence the {@code isSimple} check a map
 * pipeline does), another through Visvalingam-Whyatt, and a lake through the topology-preserving
 * simplifier (which keeps its island inside).
 */
final class SimplifyTask extends LayerScopedTask {
    private static final double[] TOLERANCES = {0.5, 2, 8};

    SimplifyTask() {
        super("simplify", Layers.RIVERS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        double tolerance = TOLERANCES[random.nextInt(TOLERANCES.length)];
        DouglasPeuckerSimplifier.simplify(Picks.any(city.rivers(), random), tolerance).isSimple();
        VWSimplifier.simplify(Picks.any(city.rivers(), random), tolerance);
        TopologyPreservingSimplifier.simplify(Picks.any(city.lakes(), random), tolerance);
        return 4;
    }
}
