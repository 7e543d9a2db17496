package dev.geoflight.demo;

import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * Dissolves a district's parcels into its built-up area, the efficient way (one cascaded union).
 * Downtown districts have four times the parcels with twenty-five times the vertices each: this is
 * where the report's regions should point.
 */
final class DissolveTask extends LayerScopedTask {

    DissolveTask() {
        super("dissolve", Layers.DISTRICTS);
    }

    @Override
    protected long work(City city, SplittableRandom random) {
        District district = Picks.any(city.districts(), random);
        // Both entry points are in use in real code bases; alternate so both are recorded. The
        // unary union gets the district as one collection, so its event's bounding box is the
        // whole district rather than the first parcel of a list.
        if (random.nextBoolean()) {
            UnaryUnionOp.union(city.factory().createGeometryCollection(district.parcels().toArray(new Geometry[0])));
        } else {
            CascadedPolygonUnion.union(district.parcels());
        }
        return 1;
    }
}
