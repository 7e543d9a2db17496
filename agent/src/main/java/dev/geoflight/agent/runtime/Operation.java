package dev.geoflight.agent.runtime;

import java.util.concurrent.ConcurrentHashMap;

/**
 * One instrumented operation, e.g. {@code Geometry.intersects}, with its statistics cells.
 * {@code subject} is what the per-call event names besides the operation: the index type for
 * index operations, the format for I/O, empty otherwise; {@code direction} is I/O's read or write.
 */
public final class Operation {
    private final int id;
    private final String name;
    private final OperationKind kind;
    private final String subject;
    private final String direction;
    /** Cells by complexity bucket, then by layer. */
    private final ConcurrentHashMap<String, StatisticsCell>[] cells;
    /** Calls and time of the statistics period being drained, summed over this operation's cells. */
    private long periodCalls;
    private long periodNanos;
    private boolean cheap;
    /** Read on every call; written by the statistics drain and the recording watcher. */
    private int samplingPeriod = 1;

    @SuppressWarnings("unchecked")
    Operation(int id, String name, OperationKind kind, String subject, String direction) {
        this.id = id;
        this.name = name;
        this.kind = kind;
        this.subject = subject;
        this.direction = direction;
        this.cells = new ConcurrentHashMap[Complexity.buckets()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = new ConcurrentHashMap<>();
        }
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public OperationKind kind() {
        return kind;
    }

    public String subject() {
        return subject;
    }

    public String direction() {
        return direction;
    }

    ConcurrentHashMap<String, StatisticsCell> cells(int complexity) {
        return cells[complexity];
    }

    int buckets() {
        return cells.length;
    }

    /**
     * One call in how many is measured (time and allocation): 1 (every call) or
     * {@link CallSampling#PERIOD} while the operation's calls are too cheap to pay for measuring
     * each one and no recording asks for each call's own event.
     */
    int samplingPeriod() {
        return samplingPeriod;
    }

    /** Adds one cell's share of the statistics period just drained. */
    void addToPeriod(long calls, long nanos) {
        periodCalls += calls;
        periodNanos += nanos;
    }

    /** Ends a statistics period: the mean call time of the period decides whether calls are sampled. */
    void endPeriod() {
        if (periodCalls > 0) {
            cheap = CallSampling.isCheap(periodNanos / periodCalls);
        }
        periodCalls = 0;
        periodNanos = 0;
        updateSamplingPeriod();
    }

    void updateSamplingPeriod() {
        samplingPeriod = cheap && !RecordingWatcher.recordsEveryCall(kind) ? CallSampling.PERIOD : 1;
    }

    @Override
    public String toString() {
        return name;
    }
}
