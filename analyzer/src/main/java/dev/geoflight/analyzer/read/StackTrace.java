package dev.geoflight.analyzer.read;

import java.util.List;

/**
 * A stack trace, innermost frame first. Readers hand out one instance per distinct trace in a
 * chunk, so consumers may cache derived values per instance.
 */
public record StackTrace(List<Frame> frames, boolean truncated) {
    public static final StackTrace EMPTY = new StackTrace(List.of(), false);
}
