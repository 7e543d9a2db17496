package dev.geoflight.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/**
 * Data-quality checks as an import pipeline runs them: validate parcels, and repair the invalid
 * ones (the bow-ties) with {@code GeometryFixer}, checking that the repair is valid.
 */
final class ValidityRepairTask extends LayerScopedTask {
    private static final int PARCELS_PER_RUN = 16;
    private static final int BROKEN_PER_RUN = 2;

    ValidityRepairTask() {
        super("validate-repair", Layers.PARCELS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        long operations = 0;
        for (int p = 0; p < PARCELS_PER_RUN; p++) {
            operations++;
            Picks.any(city.parcels(), random).isValid();
        }
        for (int b = 0; b < BROKEN_PER_RUN; b++) {
            Polygon broken = Picks.any(city.brokenParcels(), random);
            operations++;
            if (!broken.isValid()) {
                Geometry fixed = GeometryFixer.fix(broken);
                operations += 2;
                if (!fixed.isValid()) {
                    throw new IllegalStateException("GeometryFixer returned an invalid geometry for " + broken);
                }
            }
        }
        return operations;
    }
}
