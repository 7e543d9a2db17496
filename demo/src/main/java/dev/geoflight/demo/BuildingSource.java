package dev.geoflight.demo;

import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Polygon;

/** Where the tasks get buildings near a window from: the in-memory index, or PostGIS with {@code --db}. */
public interface BuildingSource {

    /** The buildings whose bounding box meets {@code window}: candidates for an exact test. */
    List<Polygon> findIntersecting(Envelope window);
}
