package dev.geoflight.analyzer.aggregate;

import java.nio.ByteBuffer;
import java.util.Base64;
import java.util.zip.DataFormatException;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

/**
 * Count, time, allocation and latency distribution of one group. Memory is one auto-resizing
 * HdrHistogram (about 2 significant digits), whatever the number of calls.
 */
public final class LatencyStats {
    private static final int SIGNIFICANT_DIGITS = 2;

    private long count;
    private long totalNanos;
    private long maxNanos;
    private long allocatedBytes;
    private Histogram histogram;
    /** Calls whose results were known (repository and index queries): for the mean. */
    private long resultCalls;
    private long resultsTotal;

    public void addCall(long durationNanos, long allocated, long results) {
        count++;
        totalNanos += durationNanos;
        maxNanos = Math.max(maxNanos, durationNanos);
        if (allocated > 0) {
            allocatedBytes += allocated;
        }
        histogram().recordValue(Math.max(0, durationNanos));
        addResults(results);
    }

    public void addResults(long results) {
        if (results >= 0) {
            resultCalls++;
            resultsTotal += results;
        }
    }

    /**
     * Adds one statistics row. A histogram the agent wrote that cannot be decoded only loses the
     * percentiles of that period; its count and totals are kept.
     *
     * @return false when the histogram could not be decoded
     */
    public boolean addRow(long rowCount, long rowTotalNanos, long rowMaxNanos, long rowAllocated, String encodedHistogram) {
        count += rowCount;
        totalNanos += rowTotalNanos;
        maxNanos = Math.max(maxNanos, rowMaxNanos);
        allocatedBytes += Math.max(0, rowAllocated);
        if (encodedHistogram == null || encodedHistogram.isEmpty()) {
            return rowCount == 0;
        }
        try {
            ByteBuffer bytes = ByteBuffer.wrap(Base64.getDecoder().decode(encodedHistogram));
            histogram().add(Histogram.decodeFromCompressedByteBuffer(bytes, 0));
            return true;
        } catch (DataFormatException | RuntimeException e) {
            return false;
        }
    }

    public void add(LatencyStats other) {
        count += other.count;
        totalNanos += other.totalNanos;
        maxNanos = Math.max(maxNanos, other.maxNanos);
        allocatedBytes += other.allocatedBytes;
        resultCalls += other.resultCalls;
        resultsTotal += other.resultsTotal;
        if (other.histogram != null) {
            histogram().add(other.histogram);
        }
    }

    /** A call whose time and allocation the statistics rows give: only its count and results are kept. */
    public void countCall(long results) {
        count++;
        addResults(results);
    }

    /** Results from per-call events, kept when the counts come from statistics rows instead. */
    public void addResultsOf(LatencyStats other) {
        resultCalls += other.resultCalls;
        resultsTotal += other.resultsTotal;
    }

    private Histogram histogram() {
        if (histogram == null) {
            histogram = new Histogram(SIGNIFICANT_DIGITS);
        }
        return histogram;
    }

    public long count() {
        return count;
    }

    public long totalNanos() {
        return totalNanos;
    }

    public long maxNanos() {
        return maxNanos;
    }

    public long allocatedBytes() {
        return allocatedBytes;
    }

    public long meanNanos() {
        return count == 0 ? 0 : totalNanos / count;
    }

    public long bytesPerCall() {
        return count == 0 ? 0 : allocatedBytes / count;
    }

    /** Mean results per query, or -1 when no call told its results. */
    public double meanResults() {
        return resultCalls == 0 ? -1 : (double) resultsTotal / resultCalls;
    }

    /** Percentile in nanoseconds, never above the exact maximum; 0 without a distribution. */
    public long percentileNanos(double percentile) {
        if (histogram == null || histogram.getTotalCount() == 0) {
            return 0;
        }
        return Math.min(histogram.getValueAtPercentile(percentile), maxNanos);
    }

    public boolean hasDistribution() {
        return histogram != null && histogram.getTotalCount() > 0;
    }

    /**
     * The distribution in {@code buckets} log-spaced bins from the smallest to the largest
     * recorded latency (for the HTML histograms): element i counts calls up to {@code bounds[i]} ns.
     */
    public LatencyBuckets logBuckets(int buckets) {
        long[] counts = new long[buckets];
        long[] bounds = new long[buckets];
        if (!hasDistribution()) {
            return new LatencyBuckets(counts, bounds);
        }
        double min = Math.max(1, histogram.getMinNonZeroValue());
        double max = Math.max(min * 1.0001, Math.min(histogram.getMaxValue(), Math.max(maxNanos, 1)));
        double step = Math.log(max / min) / buckets;
        for (int i = 0; i < buckets; i++) {
            bounds[i] = (long) Math.ceil(min * Math.exp(step * (i + 1)));
        }
        for (HistogramIterationValue v : histogram.recordedValues()) {
            double value = Math.max(min, v.getValueIteratedTo());
            int bucket = (int) Math.min(buckets - 1, Math.max(0, Math.floor(Math.log(value / min) / step)));
            counts[bucket] += v.getCountAtValueIteratedTo();
        }
        return new LatencyBuckets(counts, bounds);
    }

    /** Bin counts and each bin's upper bound in nanoseconds. */
    public record LatencyBuckets(long[] counts, long[] upperBoundsNanos) {
    }
}
