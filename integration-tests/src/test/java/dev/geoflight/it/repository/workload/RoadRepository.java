package dev.geoflight.it.repository.workload;

import dev.geoflight.GeoFlight;
import dev.geoflight.SpatialRepository;
import jakarta.annotation.Priority;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;

/**
 * A repository by annotation, with a layer of its own; its methods exercise the layer precedence.
 * It also carries an annotation whose class the workload's JVM does not have (jakarta.annotation
 * is not on its class path), as classes often do: the agent must still find it.
 */
@Priority(1)
@SpatialRepository(layer = "roads")
public class RoadRepository {

    private final ParcelStore parcels;

    public RoadRepository(ParcelStore parcels) {
        this.parcels = parcels;
    }

    /** No road is near anything here; the JTS work is done by a helper class that is no repository. */
    public List<Geometry> near(Point point, int step) {
        RoadHelper.check(step);
        return List.of();
    }

    /** A scope opened inside the repository call overrides the repository's layer. */
    public void scoped(int step) {
        try (GeoFlight.Scope scope = GeoFlight.layer("override")) {
            Marker.step(step);
        }
    }

    /** A class mapped by the layers option has the lowest precedence: the repository's layer wins. */
    public void viaMapped(int step) {
        MappedHelper.check(step);
    }

    /** A repository called from a repository: one event (the outer call), the inner layer for its work. */
    public void nested(int step) {
        parcels.validate(step);
    }

    public void check(int step) {
        Marker.step(step);
    }

    /** Work handed to a pool from inside the repository call keeps the repository's layer. */
    public void async(ExecutorService pool, int step) throws ExecutionException, InterruptedException {
        pool.submit(() -> Marker.step(step)).get();
    }
}
