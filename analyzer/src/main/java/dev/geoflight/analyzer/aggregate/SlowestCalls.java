package dev.geoflight.analyzer.aggregate;

import dev.geoflight.analyzer.read.CallEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The N slowest single calls, kept in a bounded min-heap: memory is N, whatever the number of calls. */
public final class SlowestCalls {
    private static final Comparator<SlowCall> BY_DURATION =
            Comparator.comparingLong((SlowCall c) -> c.event().durationNanos())
                    .thenComparingLong(c -> -c.event().startEpochNanos());

    private final int limit;
    private final PriorityQueue<SlowCall> heap;

    public SlowestCalls(int limit) {
        this.limit = Math.max(1, limit);
        this.heap = new PriorityQueue<>(this.limit + 1, BY_DURATION);
    }

    /** One slow call, the file it came from and its call site (may be ""). */
    public record SlowCall(CallEvent event, String callSite, String file) {
    }

    /** Cheap test first: most calls are not slower than the current N-th slowest. */
    public boolean wouldKeep(long durationNanos) {
        return heap.size() < limit || durationNanos > heap.peek().event().durationNanos();
    }

    public void offer(SlowCall call) {
        heap.add(call);
        if (heap.size() > limit) {
            heap.poll();
        }
    }

    /** Adds the calls {@code later} kept, as if they had been offered here. */
    public void absorb(SlowestCalls later) {
        for (SlowCall call : later.heap) {
            if (wouldKeep(call.event().durationNanos())) {
                offer(call);
            }
        }
    }

    /** Slowest first. */
    public List<SlowCall> sorted() {
        List<SlowCall> calls = new ArrayList<>(heap);
        calls.sort(BY_DURATION.reversed());
        return calls;
    }
}
