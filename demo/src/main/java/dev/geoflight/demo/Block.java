package dev.geoflight.demo;

import java.util.List;
import org.locationtech.jts.geom.Polygon;

/** One city block: its parcels and the buildings standing on them (some parcels stay empty). */
public record Block(int col, int row, boolean downtown, List<Polygon> parcels, List<Polygon> buildings) {
}
