package dev.geoflight.agent.runtime;

import dev.geoflight.events.OperationStatisticsEvent;
import org.HdrHistogram.AtomicHistogram;
import org.HdrHistogram.Histogram;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.LongAccumulator;
import java.util.concurrent.atomic.LongAdder;

/**
 * Statistics of one (operation, layer, complexity): every call is counted here, whether or not its
 * per-call event passes its threshold, and every measured call adds its time and allocation,
 * weighted by how many calls it stands for (see {@link CallSampling}). Writers never block and pay
 * one uncontended atomic add for a call that is only counted, four for a measured one: the latency
 * histogram only grows, and the periodic emitter reports each interval as the difference from what
 * it reported last. (HdrHistogram's Recorder would double the atomic operations per call to swap
 * histograms that this difference makes unnecessary.)
 */
final class StatisticsCell {
    /** Two significant digits: percentiles within 1 %. */
    private static final int SIGNIFICANT_DIGITS = 2;
    /**
     * A fixed range (1 ns to 1 minute; longer calls count as a minute in the distribution, their
     * exact time still goes into total and max): HdrHistogram's self-resizing concurrent histograms
     * (packed ones above all) can livelock when writers resize while the reader flips intervals,
     * which hung a two-thread demo. A fixed-size atomic histogram never resizes; about 30 KB each.
     */
    static final long HIGHEST_TRACKABLE_NANOS = 60_000_000_000L;

    private final Operation operation;
    private final String layer;
    private final int complexity;
    private final LongAdder calls = new LongAdder();
    private final AtomicHistogram latency = new AtomicHistogram(HIGHEST_TRACKABLE_NANOS, SIGNIFICANT_DIGITS);
    private final LongAdder totalNanos = new LongAdder();
    private final LongAdder allocatedBytes = new LongAdder();
    private final LongAccumulator maxNanos = new LongAccumulator(Math::max, 0);
    /** The latency histogram as the last drain saw it. */
    private final Histogram reported = new Histogram(HIGHEST_TRACKABLE_NANOS, SIGNIFICANT_DIGITS);

    /** Scratch space of {@link #drain}, which {@code Statistics.drain} never runs on two threads at once. */
    private static final Histogram NOW = new Histogram(HIGHEST_TRACKABLE_NANOS, SIGNIFICANT_DIGITS);
    private static final Histogram INTERVAL = new Histogram(HIGHEST_TRACKABLE_NANOS, SIGNIFICANT_DIGITS);

    StatisticsCell(Operation operation, String layer, int complexity) {
        this.operation = operation;
        this.layer = layer;
        this.complexity = complexity;
    }

    /** A call that was not measured. */
    void count() {
        calls.increment();
    }

    /** A measured call that stands for {@code weight} calls in time, allocation and distribution. */
    void record(long nanos, long bytes, int weight) {
        calls.increment();
        long value = Math.max(nanos, 0);
        totalNanos.add(value * weight);
        if (bytes != 0) {
            allocatedBytes.add(bytes * weight);
        }
        maxNanos.accumulate(value);
        latency.recordValueWithCount(Math.min(value, HIGHEST_TRACKABLE_NANOS), weight);
    }

    /** Commits one statistics event for the calls since the last drain; false when there were none. */
    boolean drain() {
        // a cell without new calls costs one read, not a copy of its histogram
        long count = calls.sumThenReset();
        if (count == 0) {
            return false;
        }
        latency.copyInto(NOW);
        // every count only grows, so the difference of two copies is the interval's distribution
        NOW.copyInto(INTERVAL);
        INTERVAL.subtract(reported);
        NOW.copyInto(reported);
        // A call recorded while this runs may land its time here and its count in the next
        // interval, or the other way round; summed over a recording both add up.
        // a new event per row: a reused one would keep the first commit's start time
        OperationStatisticsEvent event = new OperationStatisticsEvent();
        event.operation = operation.name();
        event.kind = operation.kind().label();
        event.layer = layer;
        event.complexity = Complexity.name(complexity);
        event.count = count;
        event.totalTime = totalNanos.sumThenReset();
        operation.addToPeriod(count, event.totalTime);
        event.maxTime = maxNanos.getThenReset();
        event.allocated = allocatedBytes.sumThenReset();
        // the period in force during the interval: the drain ends it only after the rows are written
        event.samplingPeriod = operation.samplingPeriod();
        event.histogram = encode(INTERVAL);
        event.commit();
        return true;
    }

    private static String encode(Histogram histogram) {
        ByteBuffer buffer = ByteBuffer.allocate(histogram.getNeededByteBufferCapacity());
        int length = histogram.encodeIntoCompressedByteBuffer(buffer);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(buffer.array(), length));
    }
}
