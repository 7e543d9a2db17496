package dev.geoflight.demo;

import java.util.SplittableRandom;

/**
 * One kind of spatial work, as an application would do it per request. Implementations are
 * stateless and shared by all worker threads; all randomness comes from the worker's stream.
 */
public interface WorkloadTask {

    /** Short stable name, used in the summary and in tests. */
    String name();

    /** The layer the task's JTS calls are recorded under ("mixed" when it switches layers). */
    String layer();

    /**
     * Does one unit of work (a few milliseconds at most, so a run stops on time).
     *
     * @return the number of JTS operations it called directly (predicates, overlays, index queries,
     *     reads and writes), the figure the summary adds up
     */
    long run(City city, SplittableRandom random);
}
