package dev.geoflight.analyzer.read;

/** Collects the fields of one per-call event while a reader decodes it; defaults mean "absent". */
final class CallEventBuilder {
    CallKind kind = CallKind.OPERATION;
    String operation = "";
    String layer = "";
    String complexity = "";
    double minX = Double.NaN;
    double minY = Double.NaN;
    double maxX = Double.NaN;
    double maxY = Double.NaN;
    long vertices = -1;
    long allocated = -1;
    String geometryType = "";
    String argumentType = "";
    long results = -1;
    String repository = "";

    CallEvent build(long startEpochNanos, long durationNanos, String thread, StackTrace stackTrace) {
        return new CallEvent(kind, operation, layer, complexity, startEpochNanos, durationNanos, thread,
                stackTrace, minX, minY, maxX, maxY, vertices, allocated, geometryType, argumentType,
                results, repository);
    }
}
