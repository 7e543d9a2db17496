package dev.geoflight.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.StackTrace;
import jdk.jfr.Threshold;

/** One build of a JTS spatial index. */
@Name(IndexBuildEvent.NAME)
@Label("Spatial Index Build")
@Description("One build of a packed JTS spatial index (STRtree, HPRtree)")
@Category("Geospatial")
@Enabled
@StackTrace
@Threshold("0 ms")
public final class IndexBuildEvent extends Event {
    public static final String NAME = "geoflight.IndexBuild";

    @Label("Index")
    public String index;

    @Label("Layer")
    public String layer;

    @Label("Items")
    @Description("Items the index was built from")
    public int items;
}
