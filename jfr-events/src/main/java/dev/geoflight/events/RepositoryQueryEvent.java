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

/** One call into a spatial repository. */
@Name(RepositoryQueryEvent.NAME)
@Label("Repository Query")
@Description("One call into a spatial repository with its query window and result count")
@Category("Geospatial")
@Enabled
@StackTrace
@Threshold("1 ms")
public final class RepositoryQueryEvent extends Event {
    public static final String NAME = "geoflight.RepositoryQuery";

    @Label("Repository")
    @Description("Class name of the repository; for Spring Data, the repository interface")
    public String repository;

    @Label("Method")
    public String method;

    @Label("Layer")
    public String layer;

    @Label("Min X")
    @Description("Query window: the first Geometry or Envelope argument; NaN when there is none")
    public double minX;

    @Label("Min Y")
    public double minY;

    @Label("Max X")
    public double maxX;

    @Label("Max Y")
    public double maxY;

    @Label("Results")
    @Description("Size of the returned collection, array, Optional (0 or 1) or Spring Data Slice/Page (elements in it); -1 for streams, iterators and anything else")
    public int results;

    @Label("Allocated")
    @Description("Bytes allocated by the thread during the call")
    @DataAmount
    public long allocated;
}
