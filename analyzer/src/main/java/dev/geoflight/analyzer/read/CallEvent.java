package dev.geoflight.analyzer.read;

/**
 * One per-call GeoFlight event (SpatialOperation, RepositoryQuery, IndexQuery, IndexBuild,
 * GeometryIO) in one shape, so aggregation does not care which reader produced it. Fields an
 * event type does not have are NaN (coordinates), -1 (counts) or "" (text).
 *
 * @param operation  the name the statistics use for the same call, see {@link OperationNames}
 * @param vertices   vertices of the input; for I/O the geometry's vertices; for an index build its items
 * @param results    results of a repository or index query
 * @param repository full class name of a repository; "" for other kinds
 */
public record CallEvent(
        CallKind kind,
        String operation,
        String layer,
        String complexity,
        long startEpochNanos,
        long durationNanos,
        String thread,
        StackTrace stackTrace,
        double minX,
        double minY,
        double maxX,
        double maxY,
        long vertices,
        long allocatedBytes,
        String geometryType,
        String argumentType,
        long results,
        String repository) {

    public boolean hasBoundingBox() {
        return !Double.isNaN(minX) && !Double.isNaN(minY) && !Double.isNaN(maxX) && !Double.isNaN(maxY);
    }
}
