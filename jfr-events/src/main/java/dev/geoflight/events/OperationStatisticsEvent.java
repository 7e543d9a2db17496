package dev.geoflight.events;

import jdk.jfr.Category;
import jdk.jfr.DataAmount;
import jdk.jfr.Description;
import jdk.jfr.Enabled;
import jdk.jfr.Event;
import jdk.jfr.Label;
import jdk.jfr.Name;
import jdk.jfr.Period;
import jdk.jfr.StackTrace;
import jdk.jfr.Timespan;

/**
 * Statistics of one (operation, layer, complexity) over one period: every call counts, even when
 * per-call events are cut by their threshold. Operations whose calls average under 2 us are
 * measured on a random 1 in 16 of their calls (unless a recording keeps every call's event): their
 * time, allocation and distribution are unbiased estimates, their count stays exact.
 */
@Name(OperationStatisticsEvent.NAME)
@Label("Spatial Operation Statistics")
@Description("Exact call count with time, allocation and latency distribution of one operation, layer and complexity over one period; for operations averaging under 2 us estimated from a random 1 in 16 of their calls")
@Category("Geospatial")
@Enabled
@StackTrace(false)
@Period("1 s")
public final class OperationStatisticsEvent extends Event {
    public static final String NAME = "geoflight.OperationStatistics";

    @Label("Operation")
    public String operation;

    @Label("Kind")
    @Description("operation, index, io or repository: the per-call event type this row counts")
    public String kind;

    @Label("Layer")
    public String layer;

    @Label("Complexity")
    public String complexity;

    @Label("Count")
    @Description("Calls completed in the period")
    public long count;

    @Label("Total Time")
    @Description("Time of all calls in the period; estimated for sampled operations, as allocated")
    @Timespan
    public long totalTime;

    @Label("Max Time")
    @Description("Longest measured call in the period: for sampled operations, of the calls measured")
    @Timespan
    public long maxTime;

    @Label("Allocated")
    @Description("Bytes allocated by all calls in the period; for operations averaging under 2 us (and no recording of every call), estimated from a random 1 in 16 of their calls")
    @DataAmount
    public long allocated;

    @Label("Sampling Period")
    @Description("One in how many calls was measured for time, allocation and histogram (each measured call counting that many times): 1 when every call was; 16 for an operation averaging under 2 us")
    public long samplingPeriod;

    @Label("Latency Histogram")
    @Description("Latency distribution in nanoseconds, a measured call of a sampled operation counting 16 times: HdrHistogram V2 compressed encoding, Base64")
    public String histogram;
}
