package dev.geoflight.demo;

/** What one task kind did in a run, summed over all workers; {@code nanos} is wall time spent in it. */
public record TaskTally(String name, String layer, long runs, long operations, long nanos) {
}
