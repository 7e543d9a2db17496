package dev.geoflight.demo;

import java.util.List;
import org.locationtech.jts.geom.Polygon;

/** A square of blocks: the unit parcels are dissolved by and hulls are drawn around. */
public record District(String name, boolean downtown, Polygon boundary, List<Block> blocks,
                       List<Polygon> parcels, List<Polygon> buildings) {
}
