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
 * Which agent wrote the recording and with which complexity buckets, at the start and end of
 * every chunk, so that each complete chunk of a truncated recording still says so.
 */
@Name(AgentInfoEvent.NAME)
@Label("GeoFlight Agent")
@Description("Version and complexity thresholds of the GeoFlight agent that wrote this recording")
@Category("Geospatial")
@Enabled
@StackTrace(false)
@Period("everyChunk")
public final class AgentInfoEvent extends Event {
    public static final String NAME = "geoflight.Agent";

    @Label("Version")
    public String version;

    @Label("Medium From")
    @Description("Vertex count from which an operation is medium (complexity.thresholds A)")
    public int mediumFrom;

    @Label("Complex From")
    @Description("Vertex count from which an operation is complex (complexity.thresholds B)")
    public int complexFrom;
}
