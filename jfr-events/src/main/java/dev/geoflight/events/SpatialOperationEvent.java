package dev.geoflight.events;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/** One outermost JTS operation. Nested JTS calls made inside it are part of it. */
@Name(SpatialOperationEvent.NAME)
@Label("Spatial Operation")
@Description("One outermost JTS operation with the bounding box, layer and size of its input")
@Category("Geospatial")
@Enabled
@StackTrace
@Threshold("10 ms")
public final class SpatialOperationEvent extends Event {
    public static final String NAME = "geoflight.SpatialOperation";

    @Label("Operation")
    @Description("Declaring public type and method, e.g. Geometry.intersects")
    public String operation;

    @Label("Geometry Type")
    @Description("Type of the receiver, or of the first geometry argument of a static operation")
    public String geometryType;

    @Label("Argument Type")
    @Description("Type of the geometry argument; empty when there is none")
    public String argumentType;

    @Label("Vertices")
    @Description("Vertices of all geometry inputs together")
    public int vertices;

    @Label("Complexity")
    @Description("simple, medium or complex, by vertices and the complexity.thresholds option")
    public String complexity;

    @Label("Min X")
    public double minX;

    @Label("Min Y")
    public double minY;

    @Label("Max X")
    public double maxX;

    @Label("Max Y")
    public double maxY;

    @Label("SRID")
    public int srid;

    @Label("Layer")
    @Description("Layer from a scope, @SpatialLayer, the enclosing repository or the layers option; empty when unknown")
    public String layer;

    @Label("Allocated")
    @Description("Bytes allocated by the thread during the operation")
    @DataAmount
    public long allocated;

    @Label("Result Vertices")
    @Description("Vertices of the result of a constructive operation; -1 otherwise")
    public int resultVertices;
}
