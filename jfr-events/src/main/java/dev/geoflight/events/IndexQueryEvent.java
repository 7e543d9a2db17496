package dev.geoflight.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/** One query of a JTS spatial index. */
@Name(IndexQueryEvent.NAME)
@Label("Spatial Index Query")
@Description("One query of a JTS spatial index (STRtree, Quadtree, HPRtree, KdTree)")
@Category("Geospatial")
@Enabled
@StackTrace
@Threshold("10 ms")
public final class IndexQueryEvent extends Event {
    public static final String NAME = "geoflight.IndexQuery";

    @Label("Index")
    @Description("STRtree, Quadtree, HPRtree or KdTree")
    public String index;

    @Label("Layer")
    public String layer;

    @Label("Min X")
    @Description("Bounding box of the query")
    public double minX;

    @Label("Min Y")
    public double minY;

    @Label("Max X")
    public double maxX;

    @Label("Max Y")
    public double maxY;

    @Label("Results")
    @Description("Items returned; -1 when the results went to a visitor")
    public int results;

    @Label("Size")
    @Description("Items in the index; -1 when the index cannot tell cheaply")
    public int size;
}
