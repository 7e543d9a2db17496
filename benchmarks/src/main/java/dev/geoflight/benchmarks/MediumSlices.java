package dev.geoflight.benchmarks;

/**
 * {@link SliceWorker} of {@link OverheadBenchmark#mediumIntersects}, the call the attached ≤ 2 %
 * target is judged on; units are calls.
 */
public final class MediumSlices {

    /** Calls between clock reads: 64 medium calls take about 0.6 ms, next to which the clock costs nothing. */
    private static final int BATCH = 64;

    private static long hits;

    private MediumSlices() {
    }

    public static void main(String[] args) throws Exception {
        OverheadBenchmark benchmark = new OverheadBenchmark();
        benchmark.setUp();
        SliceWorker.serve(deadline -> {
            long calls = 0;
            do {
                for (int i = 0; i < BATCH; i++) {
                    hits += benchmark.mediumIntersects() ? 1 : 0;
                }
                calls += BATCH;
            } while (System.nanoTime() < deadline);
            return calls;
        });
        // the results are used, so the JIT cannot drop the calls
        System.err.println("hits " + hits);
    }
}
