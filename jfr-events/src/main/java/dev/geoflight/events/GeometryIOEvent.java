package dev.geoflight.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/** One geometry read or written as WKT, WKB or GeoJSON. */
@Name(GeometryIOEvent.NAME)
@Label("Geometry I/O")
@Description("One geometry read or written as WKT, WKB or GeoJSON")
@Category("Geospatial")
@Enabled
@StackTrace
@Threshold("10 ms")
public final class GeometryIOEvent extends Event {
    public static final String NAME = "geoflight.GeometryIO";

    @Label("Format")
    @Description("WKT, WKB or GeoJSON")
    public String format;

    @Label("Direction")
    @Description("read or write")
    public String direction;

    @Label("Bytes")
    @Description("Bytes (characters for text formats) read or written; -1 for streams")
    public long bytes;

    @Label("Vertices")
    public int vertices;

    @Label("Geometry Type")
    public String geometryType;

    @Label("Layer")
    public String layer;
}
