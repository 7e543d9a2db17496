package dev.geoflight.it.workload;

import dev.geoflight.GeoFlight;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.io.WKTWriter;
import org.locationtech.jts.io.geojson.GeoJsonReader;
import org.locationtech.jts.io.geojson.GeoJsonWriter;

import java.io.StringWriter;

/** One read and one write per format, in that order: WKT, WKB, GeoJSON; then a streamed WKT write. */
public final class IoWorkload {

    public static final String WKT = "LINESTRING (0 0, 1 1, 2 0)";
    public static final Geometry POLYGON = Shapes.rectangle(0, 0, 3, 4);
    public static final Geometry POINT = Shapes.point(7, 8);

    private IoWorkload() {
    }

    public static void main(String[] args) throws Exception {
        try (GeoFlight.Scope scope = GeoFlight.layer("io")) {
            System.out.println(new WKTReader().read(WKT).getNumPoints());
        }
        System.out.println(new WKTWriter().write(POLYGON));
        byte[] wkb = new WKBWriter().write(POLYGON);
        System.out.println(new WKBReader().read(wkb).getNumPoints());
        String json = new GeoJsonWriter().write(POINT);
        System.out.println(new GeoJsonReader().read(json).getNumPoints());
        StringWriter out = new StringWriter();
        new WKTWriter().write(POLYGON, out);
        System.out.println(out);
    }
}
