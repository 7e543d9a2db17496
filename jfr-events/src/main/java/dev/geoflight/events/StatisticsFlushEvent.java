package dev.geoflight.events;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;

/**
 * Written at the end of every chunk, after the statistics of the last partial period have been
 * emitted, so that a recording that stops (or a JVM that exits) between two periods still holds
 * every call. Time-based periodic events alone are not run at chunk end.
 */
@Name(StatisticsFlushEvent.NAME)
@Label("Spatial Statistics Flush")
@Description("End of chunk: statistics of the last partial period were written just before this event")
@Category("Geospatial")
@Enabled
@StackTrace(false)
@Period("endChunk")
public final class StatisticsFlushEvent extends Event {
    public static final String NAME = "geoflight.StatisticsFlush";

    @Label("Rows")
    @Description("Statistics rows written by this flush")
    public int rows;
}
