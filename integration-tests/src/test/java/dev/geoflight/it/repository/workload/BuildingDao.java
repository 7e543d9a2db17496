package dev.geoflight.it.repository.workload;

import dev.geoflight.it.workload.Shapes;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.springframework.stereotype.Repository;

import java.util.List;

/** A repository by Spring's {@code @Repository} alone: no layer, no Spring at run time. */
@Repository
public class BuildingDao {

    public List<Geometry> within(Polygon area) {
        return List.of(Shapes.point(1, 1), Shapes.point(2, 2));
    }
}
