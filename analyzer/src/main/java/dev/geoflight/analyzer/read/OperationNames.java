package dev.geoflight.analyzer.read;

/**
 * Names per-call events the way {@code geoflight.OperationStatistics} names the same calls
 * ({@code SimpleClassName.method}), so both sources land in one group.
 */
public final class OperationNames {
    public static final String SPATIAL_OPERATION = "geoflight.SpatialOperation";
    public static final String REPOSITORY_QUERY = "geoflight.RepositoryQuery";
    public static final String INDEX_QUERY = "geoflight.IndexQuery";
    public static final String INDEX_BUILD = "geoflight.IndexBuild";
    public static final String GEOMETRY_IO = "geoflight.GeometryIO";
    public static final String AGENT = "geoflight.Agent";
    public static final String OPERATION_STATISTICS = "geoflight.OperationStatistics";
    public static final String STATISTICS_FLUSH = "geoflight.StatisticsFlush";

    private OperationNames() {
    }

    public static boolean isGeoFlightEvent(String eventType) {
        return eventType.startsWith("geoflight.");
    }

    /** {@code com.acme.RoadRepository} + {@code findNear} → {@code RoadRepository.findNear}. */
    public static String repository(String repositoryClass, String method) {
        return simpleName(repositoryClass) + "." + method;
    }

    public static String indexQuery(String index) {
        return index + ".query";
    }

    public static String indexBuild(String index) {
        return index + ".build";
    }

    /** {@code WKT} + {@code read} → {@code WKTReader.read}; GeoJSON's JTS classes are spelled GeoJson. */
    public static String io(String format, String direction) {
        String prefix = "GeoJSON".equalsIgnoreCase(format) ? "GeoJson" : format;
        return "write".equals(direction) ? prefix + "Writer.write" : prefix + "Reader.read";
    }

    public static String simpleName(String className) {
        String name = className == null ? "" : className;
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
